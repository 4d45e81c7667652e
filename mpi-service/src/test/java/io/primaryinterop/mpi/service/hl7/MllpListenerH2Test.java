package io.primaryinterop.mpi.service.hl7;

import io.primaryinterop.mpi.service.testing.TestDatabase;

/** The HL7 v2 main flow on H2 (MariaDB mode, in memory). */
class MllpListenerH2Test extends MllpListenerContract {
    @Override
    TestDatabase database() {
        return TestDatabase.h2();
    }
}

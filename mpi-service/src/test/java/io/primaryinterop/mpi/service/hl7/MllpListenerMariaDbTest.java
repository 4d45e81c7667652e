package io.primaryinterop.mpi.service.hl7;

import io.primaryinterop.mpi.service.testing.TestDatabase;

/** The HL7 v2 main flow on MariaDB at 127.0.0.1:3306, in a database of its own (skipped without a server). */
class MllpListenerMariaDbTest extends MllpListenerContract {
    @Override
    TestDatabase database() {
        return TestDatabase.mariaDb();
    }
}

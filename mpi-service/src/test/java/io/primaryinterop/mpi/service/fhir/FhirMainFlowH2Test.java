package io.primaryinterop.mpi.service.fhir;

import io.primaryinterop.mpi.service.testing.TestDatabase;

/** The FHIR main flow on H2 (MariaDB mode, in memory). */
class FhirMainFlowH2Test extends FhirMainFlowContract {
    @Override
    TestDatabase database() {
        return TestDatabase.h2();
    }
}

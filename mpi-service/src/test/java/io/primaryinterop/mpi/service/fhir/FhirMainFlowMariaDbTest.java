package io.primaryinterop.mpi.service.fhir;

import io.primaryinterop.mpi.service.testing.TestDatabase;

/** The FHIR main flow on MariaDB at 127.0.0.1:3306, in a database of its own (skipped without a server). */
class FhirMainFlowMariaDbTest extends FhirMainFlowContract {
    @Override
    TestDatabase database() {
        return TestDatabase.mariaDb();
    }
}

package io.primaryinterop.mpi.service.api;

import io.primaryinterop.mpi.service.testing.TestDatabase;

/** The ingest API contract on H2 (MariaDB mode, in memory). */
class IngestApiH2Test extends IngestApiContract {
    @Override
    TestDatabase database() {
        return TestDatabase.h2();
    }
}

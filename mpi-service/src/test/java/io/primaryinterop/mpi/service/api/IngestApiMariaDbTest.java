package io.primaryinterop.mpi.service.api;

import io.primaryinterop.mpi.service.testing.TestDatabase;

/** The ingest API contract on MariaDB at 127.0.0.1:3306, in a database of its own (skipped without a server). */
class IngestApiMariaDbTest extends IngestApiContract {
    @Override
    TestDatabase database() {
        return TestDatabase.mariaDb();
    }
}

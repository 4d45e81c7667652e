package io.primaryinterop.mpi.service.api;

import io.primaryinterop.mpi.service.testing.TestDatabase;

/** The stewardship API contract on MariaDB at 127.0.0.1:3306, in a database of its own (skipped without a server). */
class StewardshipApiMariaDbTest extends StewardshipApiContract {
    @Override
    TestDatabase database() {
        return TestDatabase.mariaDb();
    }
}

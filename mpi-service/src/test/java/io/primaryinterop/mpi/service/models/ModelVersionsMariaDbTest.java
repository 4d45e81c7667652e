package io.primaryinterop.mpi.service.models;

import io.primaryinterop.mpi.service.testing.TestDatabase;

/** Model versions and re-match on MariaDB (skipped without a server). */
class ModelVersionsMariaDbTest extends ModelVersionsContract {
    @Override
    TestDatabase database() {
        return TestDatabase.mariaDb();
    }
}

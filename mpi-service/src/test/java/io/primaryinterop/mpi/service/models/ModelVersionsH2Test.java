package io.primaryinterop.mpi.service.models;

import io.primaryinterop.mpi.service.testing.TestDatabase;

/** Model versions and re-match on H2. */
class ModelVersionsH2Test extends ModelVersionsContract {
    @Override
    TestDatabase database() {
        return TestDatabase.h2();
    }
}

package io.primaryinterop.mpi.service.learn;

import io.primaryinterop.mpi.service.testing.TestDatabase;

class LearnCommandMariaDbTest extends LearnCommandContract {
    @Override
    TestDatabase database() {
        return TestDatabase.mariaDb();
    }
}

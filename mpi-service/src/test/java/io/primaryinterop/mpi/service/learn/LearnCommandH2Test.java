package io.primaryinterop.mpi.service.learn;

import io.primaryinterop.mpi.service.testing.TestDatabase;

class LearnCommandH2Test extends LearnCommandContract {
    @Override
    TestDatabase database() {
        return TestDatabase.h2();
    }
}

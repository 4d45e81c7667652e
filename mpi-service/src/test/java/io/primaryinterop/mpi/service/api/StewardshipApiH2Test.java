package io.primaryinterop.mpi.service.api;

import io.primaryinterop.mpi.service.testing.TestDatabase;

/** The stewardship API contract on H2 (MariaDB mode, in memory). */
class StewardshipApiH2Test extends StewardshipApiContract {
    @Override
    TestDatabase database() {
        return TestDatabase.h2();
    }
}

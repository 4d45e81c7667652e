package io.primaryinterop.mpi.service.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.scheduling.TaskExecutors;
import io.primaryinterop.mpi.service.testing.RunningService;
import io.primaryinterop.mpi.service.testing.TestDatabase;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Overload queues instead of collapsing: the controllers' blocking executor runs at most as many tasks at
 * once as the pool has connections, so no request thread ever waits for a connection; the rest wait in line.
 */
class BoundedWorkersTest {

    @Test
    void theBlockingExecutorRunsAtMostAsManyTasksAsThePoolHasConnections() throws Exception {
        try (TestDatabase db = TestDatabase.h2(); RunningService service = RunningService.start(db)) {
            ExecutorService blocking = service.context().getBean(ExecutorService.class, Qualifiers.byName(TaskExecutors.BLOCKING));
            int connections = poolSize(service);
            AtomicInteger running = new AtomicInteger();
            CountDownLatch release = new CountDownLatch(1);
            for (int i = 0; i < 3 * connections; i++) {
                blocking.execute(() -> {
                    running.incrementAndGet();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            }
            for (int i = 0; i < 1000 && running.get() < connections; i++) {
                Thread.sleep(10);
            }
            Thread.sleep(300);
            int atOnce = running.get();
            release.countDown();

            assertEquals(connections, atOnce, "tasks running at once");
        }
    }

    private static int poolSize(RunningService service) {
        try {
            return service.context().getBean(DataSource.class).unwrap(HikariDataSource.class).getMaximumPoolSize();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

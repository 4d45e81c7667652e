package io.primaryinterop.mpi.service.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.primaryinterop.mpi.service.testing.Records;
import io.primaryinterop.mpi.service.testing.Records.Identity;
import io.primaryinterop.mpi.service.testing.RunningService;
import io.primaryinterop.mpi.service.testing.TestDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The key stripes on both databases: locks of this JVM on embedded H2 (no {@code key_lock} row is written),
 * {@code key_lock} rows on MariaDB, where other service instances share them.
 */
class KeyStripesByDatabaseTest {

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mariadb"})
    void stripesAreRowsOnlyWhereOtherProcessesCanReachTheStore(String database) {
        try (TestDatabase db = "h2".equals(database) ? TestDatabase.h2() : TestDatabase.mariaDb();
             RunningService service = RunningService.start(db)) {
            Identity patient = Identity.random();
            assertEquals(200, service.post("/api/v1/records", patient.json("HOSP_A", Records.id(), 0)).status());
            assertEquals(200, service.post("/api/v1/records", patient.json("LAB_B", Records.id(), 1)).status());

            DSLContext dsl = service.dsl();
            long touched = dsl.fetchOne("SELECT COALESCE(SUM(touched), 0) FROM key_lock").get(0, Long.class);
            if ("h2".equals(database)) {
                assertEquals(0, touched, "embedded H2: stripes are locks of this JVM, no key_lock row written");
            } else {
                assertTrue(touched > 0, "MariaDB: other instances share the stripes through key_lock rows");
            }
        }
    }
}

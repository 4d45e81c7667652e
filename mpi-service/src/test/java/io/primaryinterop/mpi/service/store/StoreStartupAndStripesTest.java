package io.primaryinterop.mpi.service.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.primaryinterop.mpi.service.testing.Records;
import io.primaryinterop.mpi.service.testing.Records.Identity;
import io.primaryinterop.mpi.service.testing.RunningService;
import io.primaryinterop.mpi.service.testing.TestDatabase;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The store's two speed settings on both databases: the warm-up scans run at start ({@code mpi.warm-up})
 * and every one of them is valid SQL there; the key stripes are locks of this JVM on embedded H2 (no
 * {@code key_lock} row is written) and {@code key_lock} rows on MariaDB.
 */
class StoreStartupAndStripesTest {

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mariadb"})
    void warmUpRunsAtStartAndStripesAreRowsOnlyWhereOtherProcessesCanReachTheStore(String database) {
        try (TestDatabase db = "h2".equals(database) ? TestDatabase.h2() : TestDatabase.mariaDb();
             RunningService service = RunningService.start(db, Map.of("mpi.warm-up", "true"))) {
            Identity patient = Identity.random();
            assertEquals(200, service.post("/api/v1/records", patient.json("HOSP_A", Records.id(), 0)).status());
            assertEquals(200, service.post("/api/v1/records", patient.json("LAB_B", Records.id(), 1)).status());

            DSLContext dsl = service.dsl();
            for (String scan : StoreWarmUp.SCANS) {
                assertEquals(1, dsl.fetch(scan).size(), scan);
            }
            long touched = dsl.fetchOne("SELECT COALESCE(SUM(touched), 0) FROM key_lock").get(0, Long.class);
            if ("h2".equals(database)) {
                assertEquals(0, touched, "embedded H2: stripes are locks of this JVM, no key_lock row written");
            } else {
                assertTrue(touched > 0, "MariaDB: other instances share the stripes through key_lock rows");
            }
        }
    }
}

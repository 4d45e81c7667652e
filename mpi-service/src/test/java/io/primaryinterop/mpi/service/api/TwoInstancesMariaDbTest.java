package io.primaryinterop.mpi.service.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.primaryinterop.mpi.service.testing.Records;
import io.primaryinterop.mpi.service.testing.Records.Identity;
import io.primaryinterop.mpi.service.testing.RunningService;
import io.primaryinterop.mpi.service.testing.RunningService.Reply;
import io.primaryinterop.mpi.service.testing.TestDatabase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Scale-out: two service instances on one MariaDB database. Near-identical records of one new
 * patient posted to both at once still end in one person, because the serialization is in the
 * database, not in a JVM.
 */
class TwoInstancesMariaDbTest {

    @Test
    void concurrentRecordsOfOnePatientAcrossTwoInstancesEndInOnePerson() throws Exception {
        try (TestDatabase database = TestDatabase.mariaDb();
             RunningService first = RunningService.start(database);
             RunningService second = RunningService.start(database)) {
            for (int round = 0; round < 3; round++) {
                Identity patient = Identity.random();
                int clients = 12;
                CountDownLatch go = new CountDownLatch(1);
                ExecutorService pool = Executors.newFixedThreadPool(clients);
                try {
                    List<Future<Reply>> replies = new ArrayList<>();
                    for (int i = 0; i < clients; i++) {
                        RunningService target = i % 2 == 0 ? first : second;
                        String json = patient.json("SRC_" + i, Records.id(), i);
                        replies.add(pool.submit(() -> {
                            go.await();
                            return target.post("/api/v1/records", json);
                        }));
                    }
                    go.countDown();
                    Set<String> persons = new HashSet<>();
                    for (Future<Reply> reply : replies) {
                        Reply r = reply.get();
                        assertEquals(200, r.status(), r.text());
                        persons.add(r.json().get("personId").asText());
                    }
                    assertEquals(1, persons.size(), "round " + round + ": " + persons);
                } finally {
                    pool.shutdownNow();
                }
            }
        }
    }
}

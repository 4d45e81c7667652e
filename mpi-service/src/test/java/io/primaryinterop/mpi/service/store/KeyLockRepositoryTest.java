package io.primaryinterop.mpi.service.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.primaryinterop.mpi.service.engine.BlockingKey;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyLockRepositoryTest {

    @Test
    void everyKeyHashMapsToAStripeInRangeAndKeysSpreadOverStripes() {
        SplittableRandom random = new SplittableRandom(11);
        int[] used = new int[KeyLockRepository.STRIPES];
        int keys = 200_000;
        for (int i = 0; i < keys; i++) {
            long hash = BlockingKey.of(0, "soundex(family_name) & birth_date", Long.toString(random.nextLong())).hash();
            int stripe = KeyLockRepository.stripeOf(hash);
            assertTrue(stripe >= 0 && stripe < KeyLockRepository.STRIPES, "stripe " + stripe);
            used[stripe]++;
        }
        int max = 0;
        for (int n : used) {
            max = Math.max(max, n);
        }
        // About 3 keys per stripe on average; a well-spread hash keeps every stripe far below, say, 30.
        assertTrue(max < 30, "busiest stripe holds " + max + " keys");
    }

    @ParameterizedTest(name = "{0} -> in-process stripes {1}")
    @CsvSource(delimiter = '|', value = {
        "jdbc:h2:file:./data/mpi;MODE=MariaDB;LOCK_TIMEOUT=10000 | true",
        "jdbc:h2:mem:test-1;DB_CLOSE_DELAY=-1                 | true",
        "jdbc:h2:./data/mpi                                   | true",
        "jdbc:h2:file:./data/mpi;AUTO_SERVER=TRUE             | false",
        "jdbc:h2:file:./data/mpi;auto_server = true           | false",
        "jdbc:h2:tcp://db:9092/mpi                            | false",
        "jdbc:h2:ssl://db:9092/mpi                            | false",
        "jdbc:mariadb://127.0.0.1:3306/mpi                    | false",
    })
    void onlyAnH2DatabaseNoOtherProcessCanOpenUsesInProcessStripes(String url, boolean embedded) {
        assertEquals(embedded, KeyLockRepository.isEmbeddedH2(url));
    }

    @Test
    void anInProcessStripeIsHeldUntilReleasedAndAWaiterTimesOutAsATransientLockTimeout() throws Exception {
        InProcessStripeLocks.lock(new int[] {3, 70, 65_535}, 1_000);
        try {
            assertEquals(3, InProcessStripeLocks.heldByThisThread());
            DataAccessException timeout = CompletableFuture.supplyAsync(() -> assertThrows(DataAccessException.class,
                    () -> InProcessStripeLocks.lock(new int[] {70}, 50))).get(10, TimeUnit.SECONDS);
            assertTrue(Transactions.isTransient(timeout), "a stripe timeout is retried like a lock timeout");
            // re-entrant on the holding thread, as a database row lock is within its transaction
            InProcessStripeLocks.lock(new int[] {70}, 50);
        } finally {
            InProcessStripeLocks.releaseAll();
        }
        assertEquals(0, InProcessStripeLocks.heldByThisThread());
        boolean free = CompletableFuture.supplyAsync(() -> {
            InProcessStripeLocks.lock(new int[] {3, 70, 65_535}, 1_000);
            InProcessStripeLocks.releaseAll();
            return true;
        }).get(10, TimeUnit.SECONDS);
        assertTrue(free);
        assertFalse(Transactions.active());
    }
}

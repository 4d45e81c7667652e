package io.primaryinterop.mpi.service.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.primaryinterop.mpi.service.engine.BlockingKey;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

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
}

package io.primaryinterop.mpi.core.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RandomPairSamplerTest {

    @Test
    void uIsTheShareOfRandomPairsAtEachLevel() {
        // 1,000 rows in 10 groups of 100: a random pair agrees on the group with probability 99/999
        int[] group = new int[1000];
        for (int i = 0; i < group.length; i++) {
            group[i] = i % 10;
        }
        PairPatterns patterns = (a, b) -> GammaPattern.pack(group[a] == group[b] ? 1 : 0);
        PatternCounts counts = new RandomPairSampler(200_000, 42, 2).sample(RandomPairSampler.PairDrawer.dedupe(1000),
                patterns);
        double[][] u = RandomPairSampler.uFromCounts(counts, new int[] {2}, new int[] {-1});
        assertEquals(200_000, counts.totalPairs());
        assertEquals(99.0 / 999, u[0][1], 0.003);
        assertEquals(1, u[0][0] + u[0][1], 1e-12);
    }

    @Test
    void sameSeedGivesSameCounts() {
        PairPatterns patterns = (a, b) -> GammaPattern.pack((a + b) % 3);
        PatternCounts first = new RandomPairSampler(10_000, 7, 2).sample(RandomPairSampler.PairDrawer.dedupe(50), patterns);
        PatternCounts second = new RandomPairSampler(10_000, 7, 2).sample(RandomPairSampler.PairDrawer.dedupe(50), patterns);
        PatternCounts other = new RandomPairSampler(10_000, 8, 2).sample(RandomPairSampler.PairDrawer.dedupe(50), patterns);
        assertEquals(first.count(0), second.count(0));
        assertNotEquals(first.count(0), other.count(0));
    }

    @Test
    void dedupeDrawerNeverPairsARowWithItself() {
        SplittableRandom random = new SplittableRandom(1);
        RandomPairSampler.PairDrawer drawer = RandomPairSampler.PairDrawer.dedupe(2);
        for (int i = 0; i < 1000; i++) {
            long pair = drawer.draw(random);
            assertNotEquals((int) (pair >>> 32), (int) pair);
        }
    }

    @Test
    void unseenLevelGetsAFloorAndNullLevelIsLeftOut() {
        PatternCounts counts = new PatternCounts();
        counts.add(GammaPattern.pack(0), 500);
        counts.add(GammaPattern.pack(1), 100);
        double[][] u = RandomPairSampler.uFromCounts(counts, new int[] {3}, new int[] {0});
        assertEquals(0, u[0][0]);
        assertTrue(u[0][2] > 0 && u[0][2] < 0.01);
        assertEquals(1, u[0][1] + u[0][2], 1e-12);
        assertArrayEquals(new double[] {0, 1 / 1.005, 0.005 / 1.005}, u[0], 1e-12);
    }
}

package io.primaryinterop.mpi.core.training;

import io.primaryinterop.mpi.core.io.SharedDatasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.primaryinterop.mpi.core.scoring.MatchWeights;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class ExpectationMaximisationTest {

    private static final double[][] KNOWN_M = {{0.3, 0.7}, {0.1, 0.9}, {0.05, 0.95}};
    private static final double[][] KNOWN_U = {{0.9, 0.1}, {0.975, 0.025}, {0.8, 0.2}};

    @Test
    void recoversTheKnownParametersOfThePublishedComparisonVectors() throws IOException {
        Path file = SharedDatasets.requireFile("em-known-params/known_params_comparison_vectors.csv");
        PatternCounts counts = new PatternCounts();
        List<String> lines = Files.readAllLines(file);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            counts.add(GammaPattern.pack(Integer.parseInt(cells[0]), Integer.parseInt(cells[1]),
                    Integer.parseInt(cells[2])));
        }
        ExpectationMaximisation.Result result = estimateAll(counts.snapshot());

        assertTrue(result.converged(), "EM did not converge in " + result.iterations() + " iterations");
        assertEquals(0.5, result.parameters().lambda(), 0.01);
        assertParametersWithin(result.parameters(), 0.01);
    }

    @Test
    void recoversParametersOfSimulatedPairs() {
        PatternCounts counts = simulate(200_000, 0.5, new SplittableRandom(7));
        EmParameters estimated = estimateAll(counts.snapshot()).parameters();
        assertEquals(0.5, estimated.lambda(), 0.01);
        assertParametersWithin(estimated, 0.01);
    }

    @Test
    void inactiveComparisonKeepsItsParametersAndNullLevelIsIgnored() {
        PatternCounts counts = new PatternCounts();
        counts.add(GammaPattern.pack(1, 2), 90);
        counts.add(GammaPattern.pack(0, 1), 10);
        counts.add(GammaPattern.pack(2, 1), 900);
        EmParameters start = new EmParameters(0.2, new double[][] {{0, 0.4, 0.6}, {0, 0.5, 0.5}},
                new double[][] {{0, 0.6, 0.4}, {0, 0.5, 0.5}});
        EmParameters after = new ExpectationMaximisation(ExpectationMaximisation.Settings.defaults(),
                new int[] {0, 0}, new boolean[] {true, false}).run(counts.snapshot(), start).parameters();
        assertArrayEquals(new double[] {0, 0.5, 0.5}, after.m()[1]);
        assertEquals(0, after.m()[0][0]);
        assertEquals(1, after.m()[0][1] + after.m()[0][2], 1e-12);
    }

    @Test
    void aLevelNoMatchShowsGetsHalfAPairNotZero() {
        // 1,000 clear matches (exact on both comparisons); 20,000 non-matches, 5% of them near misses
        PatternCounts counts = new PatternCounts();
        counts.add(GammaPattern.pack(0, 0), 1_000);
        counts.add(GammaPattern.pack(1, 2), 1_000);
        counts.add(GammaPattern.pack(2, 1), 1_000);
        counts.add(GammaPattern.pack(2, 2), 18_000);
        double[][] u = {{0.001, 0.05, 0.949}, {0.001, 0.05, 0.949}};
        EmParameters start = new EmParameters(0.1, new double[][] {{0.8, 0.1, 0.1}, {0.8, 0.1, 0.1}}, u);
        EmParameters after = new ExpectationMaximisation(ExpectationMaximisation.Settings.defaults(),
                new int[] {-1, -1}, new boolean[] {true, true}).run(counts.snapshot(), start).parameters();
        double expectedFloor = ExpectationMaximisation.PSEUDO_COUNT / (1_000 + 3 * ExpectationMaximisation.PSEUDO_COUNT);
        assertEquals(expectedFloor, after.m()[0][1], expectedFloor * 0.05, "m of the near-miss level");
        assertTrue(after.m()[0][1] > 1e-4, "not ~0: " + after.m()[0][1]);
        // its weight stays that of a level rarely seen, not a veto
        assertTrue(MatchWeights.levelWeight(after.m()[0][1], u[0][1]) > -7, "weight " + MatchWeights.levelWeight(after.m()[0][1], u[0][1]));
        assertEquals(1.0, after.m()[0][0] + after.m()[0][1] + after.m()[0][2], 1e-12);
    }

    @Property(tries = 50)
    void objectiveNeverDecreases(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                     @ForAll @DoubleRange(min = 0.01, max = 0.9) double lambda) {
        SplittableRandom random = new SplittableRandom(seed);
        PatternCounts counts = simulate(2_000, lambda, random);
        double[][] m = new double[3][];
        double[][] u = new double[3][];
        for (int c = 0; c < 3; c++) {
            double a = 0.05 + 0.9 * random.nextDouble();
            double b = 0.05 + 0.9 * random.nextDouble();
            m[c] = new double[] {a, 1 - a};
            u[c] = new double[] {b, 1 - b};
        }
        ExpectationMaximisation em = new ExpectationMaximisation(
                new ExpectationMaximisation.Settings(30, 1e-9, true, random.nextBoolean(), true),
                new int[] {-1, -1, -1}, new boolean[] {true, true, random.nextBoolean()});
        double[] objectives = em.run(counts.snapshot(), new EmParameters(0.3, m, u)).objectives();
        for (int i = 1; i < objectives.length; i++) {
            assertTrue(objectives[i] >= objectives[i - 1] - 1e-9 * Math.abs(objectives[i - 1]),
                    "objective fell at iteration " + i + ": " + objectives[i - 1] + " -> " + objectives[i]);
        }
    }

    private static ExpectationMaximisation.Result estimateAll(PatternCounts.Snapshot data) {
        EmParameters start = new EmParameters(0.3, new double[][] {{0.2, 0.8}, {0.2, 0.8}, {0.2, 0.8}},
                new double[][] {{0.8, 0.2}, {0.8, 0.2}, {0.8, 0.2}});
        return new ExpectationMaximisation(new ExpectationMaximisation.Settings(1000, 1e-7, true, true, true),
                new int[] {-1, -1, -1}, new boolean[] {true, true, true}).run(data, start);
    }

    private static PatternCounts simulate(int pairs, double lambda, SplittableRandom random) {
        PatternCounts counts = new PatternCounts();
        for (int i = 0; i < pairs; i++) {
            double[][] probabilities = random.nextDouble() < lambda ? KNOWN_M : KNOWN_U;
            int[] levels = new int[3];
            for (int c = 0; c < 3; c++) {
                levels[c] = random.nextDouble() < probabilities[c][0] ? 0 : 1;
            }
            counts.add(GammaPattern.pack(levels));
        }
        return counts;
    }

    private static void assertParametersWithin(EmParameters p, double tolerance) {
        for (int c = 0; c < 3; c++) {
            for (int l = 0; l < 2; l++) {
                assertEquals(KNOWN_M[c][l], p.m(c, l), tolerance, "m[" + c + "][" + l + "]");
                assertEquals(KNOWN_U[c][l], p.u(c, l), tolerance, "u[" + c + "][" + l + "]");
            }
        }
    }
}

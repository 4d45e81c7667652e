package io.primaryinterop.mpi.core.training;

import java.util.SplittableRandom;

/**
 * Estimates u from random record pairs: nearly all random pairs are non-matches, so the share of
 * random pairs at a level is P(level | non-match). Pairs are drawn with a seeded
 * {@link SplittableRandom}, split once per worker, so a run is reproducible for a given seed and
 * worker count. Levels never seen get u = 1 / (2 * pairs seen with a non-null level), so that their
 * match weight stays finite.
 */
public final class RandomPairSampler {

    /** Draws one random pair of rows, packed as {@code (long) a << 32 | b}. */
    @FunctionalInterface
    public interface PairDrawer {
        long draw(SplittableRandom random);

        /** Two different rows of one table of {@code rows} rows (deduplication). */
        static PairDrawer dedupe(int rows) {
            if (rows < 2) {
                throw new IllegalArgumentException("need at least 2 rows to draw pairs, got " + rows);
            }
            return random -> {
                int a = random.nextInt(rows);
                int b = random.nextInt(rows - 1);
                if (b >= a) {
                    b++;
                }
                return (long) a << 32 | b;
            };
        }

        /** One row of each side (linking): side 0 rows and side 1 rows given as row lists. */
        static PairDrawer link(int[] leftRows, int[] rightRows) {
            if (leftRows.length == 0 || rightRows.length == 0) {
                throw new IllegalArgumentException("both sides need rows to draw pairs: " + leftRows.length
                        + " and " + rightRows.length);
            }
            return random -> (long) leftRows[random.nextInt(leftRows.length)] << 32
                    | rightRows[random.nextInt(rightRows.length)];
        }
    }

    private final long pairs;
    private final long seed;
    private final int threads;

    public RandomPairSampler(long pairs, long seed, int threads) {
        if (pairs < 1) {
            throw new IllegalArgumentException("pairs must be >= 1: " + pairs);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1: " + threads);
        }
        this.pairs = pairs;
        this.seed = seed;
        this.threads = threads;
    }

    /** Pattern counts of the random pairs. */
    public PatternCounts sample(PairDrawer drawer, PairPatterns patterns) {
        PatternCounts[] perWorker = new PatternCounts[threads];
        SplittableRandom[] randoms = new SplittableRandom[threads];
        SplittableRandom root = new SplittableRandom(seed);
        for (int w = 0; w < threads; w++) {
            randoms[w] = root.split();
        }
        Workers.run(threads, w -> {
            PatternCounts counts = new PatternCounts();
            long share = pairs / threads + (w < pairs % threads ? 1 : 0);
            SplittableRandom random = randoms[w];
            for (long i = 0; i < share; i++) {
                long pair = drawer.draw(random);
                counts.add(patterns.pattern((int) (pair >>> 32), (int) pair));
            }
            perWorker[w] = counts;
        });
        PatternCounts all = perWorker[0];
        for (int w = 1; w < threads; w++) {
            all.addAll(perWorker[w]);
        }
        return all;
    }

    /**
     * u per comparison and level from pattern counts: the share of pairs at each level among those whose
     * level is not the null level ({@code nullLevels[c]}, -1 for none). The null level's u is left 0.
     */
    public static double[][] uFromCounts(PatternCounts counts, int[] levelCounts, int[] nullLevels) {
        int comparisons = levelCounts.length;
        double[][] seen = new double[comparisons][];
        for (int c = 0; c < comparisons; c++) {
            seen[c] = new double[levelCounts[c]];
        }
        PatternCounts.Snapshot snapshot = counts.snapshot();
        for (int i = 0; i < snapshot.patterns().length; i++) {
            for (int c = 0; c < comparisons; c++) {
                int level = GammaPattern.level(snapshot.patterns()[i], c);
                if (level >= levelCounts[c]) {
                    throw new IllegalArgumentException("comparison " + c + " has " + levelCounts[c]
                            + " levels but a pattern has level " + level);
                }
                seen[c][level] += snapshot.counts()[i];
            }
        }
        double[][] u = new double[comparisons][];
        for (int c = 0; c < comparisons; c++) {
            u[c] = new double[levelCounts[c]];
            double nonNull = 0;
            for (int l = 0; l < levelCounts[c]; l++) {
                if (l != nullLevels[c]) {
                    nonNull += seen[c][l];
                }
            }
            if (nonNull == 0) {
                continue;
            }
            double floor = 1 / (2 * nonNull);
            double sum = 0;
            for (int l = 0; l < levelCounts[c]; l++) {
                if (l != nullLevels[c]) {
                    u[c][l] = Math.max(floor, seen[c][l] / nonNull);
                    sum += u[c][l];
                }
            }
            for (int l = 0; l < levelCounts[c]; l++) {
                u[c][l] /= sum;
            }
        }
        return u;
    }
}

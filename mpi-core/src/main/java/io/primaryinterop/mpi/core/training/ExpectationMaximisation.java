package io.primaryinterop.mpi.core.training;

import java.util.Arrays;

/**
 * Expectation-maximisation for the Fellegi-Sunter model over counts of distinct gamma patterns.
 *
 * <p>E-step: for a pattern, P(match) = lambda * prod m / (lambda * prod m + (1 - lambda) * prod u),
 * the products over the active comparisons whose level is not their null level. M-step: m of a
 * level is the expected number of matching pairs at that level over the expected number of matching
 * pairs with a non-null level (u likewise with non-matches), each level floored by half a pair
 * ({@link #PSEUDO_COUNT}); lambda is the expected share of matches.
 * Inactive comparisons (those a training session's blocking rule reads) take no part and keep their
 * parameters; u is held fixed unless {@link Settings#estimateU()} (and m is, unless {@link Settings#estimateM()}). Each iteration cannot lower the
 * log-likelihood; it stops when no parameter moves more than {@link Settings#tolerance()}.
 */
public final class ExpectationMaximisation {

    /**
     * The floor of every estimated m (and u): each level is credited with half an expected pair more than
     * EM finds, the same floor as u's from random pairs (half a pair, see {@link RandomPairSampler}). A
     * level EM never sees among N expected matches gets m = 1/(2N + levels), not ~0: its weight stays
     * log2(m/u) of a level rarely seen, e.g. about -4 for a near-miss email (m 0 among 30,000 matches,
     * u 0.00025) instead of -17.9, which let one such level veto a pair that agrees on everything else.
     * With thousands of pairs per session, every other m moves by less than 1e-4.
     */
    static final double PSEUDO_COUNT = 0.5;

    /** How EM runs. */
    public record Settings(int maxIterations, double tolerance, boolean estimateM, boolean estimateU,
                           boolean estimateLambda) {
        public Settings {
            if (maxIterations < 1) {
                throw new IllegalArgumentException("maxIterations must be >= 1: " + maxIterations);
            }
            if (!(tolerance > 0)) {
                throw new IllegalArgumentException("tolerance must be > 0: " + tolerance);
            }
        }

        /** Only lambda estimated: m and u known, e.g. the share of matches among candidate pairs. */
        public static Settings lambdaOnly() {
            return new Settings(100, 1e-6, false, false, true);
        }

        /** m and lambda estimated, u fixed (u comes from random pairs), at most 100 iterations, tolerance 1e-4. */
        public static Settings defaults() {
            return new Settings(100, 1e-4, true, false, true);
        }
    }

    /**
     * The outcome: final parameters, iterations run, whether it converged, log-likelihood per iteration, and
     * per iteration the objective EM climbs (never down): the log-likelihood plus the floor's log-prior,
     * {@link #PSEUDO_COUNT} times the sum of log m (and log u when estimated) over the estimated levels.
     */
    public record Result(EmParameters parameters, int iterations, boolean converged, double[] logLikelihoods,
                         double[] objectives) {
        public Result {
            logLikelihoods = logLikelihoods.clone();
            objectives = objectives.clone();
        }

        @Override
        public double[] logLikelihoods() {
            return logLikelihoods.clone();
        }

        @Override
        public double[] objectives() {
            return objectives.clone();
        }

        /** Log-likelihood of the data under the final parameters. */
        public double finalLogLikelihood() {
            return logLikelihoods[logLikelihoods.length - 1];
        }
    }

    private final Settings settings;
    private final int[] nullLevels;
    private final boolean[] active;

    /**
     * @param nullLevels per comparison, the index of its null level (ignored in EM), or -1 when it has none
     * @param active per comparison, whether this run estimates it and uses it in the E-step
     */
    public ExpectationMaximisation(Settings settings, int[] nullLevels, boolean[] active) {
        if (nullLevels.length != active.length) {
            throw new IllegalArgumentException("nullLevels has " + nullLevels.length + " comparisons, active has "
                    + active.length);
        }
        this.settings = settings;
        this.nullLevels = nullLevels.clone();
        this.active = active.clone();
    }

    /** Runs EM from {@code start} over the pattern counts. */
    public Result run(PatternCounts.Snapshot data, EmParameters start) {
        int comparisons = start.comparisons();
        if (comparisons != active.length) {
            throw new IllegalArgumentException("parameters have " + comparisons + " comparisons, EM was set up for "
                    + active.length);
        }
        int[][] levels = unpackAndCheck(data.patterns(), start);
        double[] counts = data.counts();
        EmParameters current = start;
        double[] logLikelihoods = new double[settings.maxIterations() + 1];
        double[] objectives = new double[settings.maxIterations() + 1];
        int iteration = 0;
        boolean converged = false;
        while (iteration < settings.maxIterations()) {
            Step step = step(levels, counts, current);
            logLikelihoods[iteration] = step.logLikelihood;
            objectives[iteration] = step.logLikelihood + logPrior(current);
            iteration++;
            double change = step.next.maxChange(current);
            current = step.next;
            if (change < settings.tolerance()) {
                converged = true;
                break;
            }
        }
        logLikelihoods[iteration] = step(levels, counts, current).logLikelihood;
        objectives[iteration] = logLikelihoods[iteration] + logPrior(current);
        return new Result(current, iteration, converged, Arrays.copyOf(logLikelihoods, iteration + 1),
                Arrays.copyOf(objectives, iteration + 1));
    }

    /** The floor's log-prior of the parameters this run estimates (a Dirichlet with PSEUDO_COUNT + 1). */
    private double logPrior(EmParameters p) {
        double sum = 0;
        for (int c = 0; c < p.comparisons(); c++) {
            if (!active[c]) {
                continue;
            }
            for (int l = 0; l < p.levels(c); l++) {
                if (l != nullLevels[c]) {
                    sum += settings.estimateM() ? Math.log(p.m(c, l)) : 0;
                    sum += settings.estimateU() ? Math.log(p.u(c, l)) : 0;
                }
            }
        }
        return PSEUDO_COUNT * sum;
    }

    /** Log-likelihood of the counts under the given parameters. */
    public double logLikelihood(PatternCounts.Snapshot data, EmParameters parameters) {
        return step(unpackAndCheck(data.patterns(), parameters), data.counts(), parameters).logLikelihood;
    }

    private record Step(EmParameters next, double logLikelihood) {
    }

    private Step step(int[][] levels, double[] counts, EmParameters p) {
        int comparisons = p.comparisons();
        double[][] matchAt = new double[comparisons][];
        double[][] nonMatchAt = new double[comparisons][];
        for (int c = 0; c < comparisons; c++) {
            matchAt[c] = new double[p.levels(c)];
            nonMatchAt[c] = new double[p.levels(c)];
        }
        double lambda = p.lambda();
        double expectedMatches = 0;
        double total = 0;
        double logLikelihood = 0;
        for (int i = 0; i < levels.length; i++) {
            double count = counts[i];
            if (count == 0) {
                continue;
            }
            double probMatch = lambda;
            double probNonMatch = 1 - lambda;
            int[] gamma = levels[i];
            for (int c = 0; c < comparisons; c++) {
                if (active[c] && gamma[c] != nullLevels[c]) {
                    probMatch *= p.m(c, gamma[c]);
                    probNonMatch *= p.u(c, gamma[c]);
                }
            }
            double likelihood = probMatch + probNonMatch;
            logLikelihood += count * Math.log(likelihood);
            double posterior = likelihood > 0 ? probMatch / likelihood : 0;
            double matches = count * posterior;
            double nonMatches = count - matches;
            expectedMatches += matches;
            total += count;
            for (int c = 0; c < comparisons; c++) {
                if (active[c] && gamma[c] != nullLevels[c]) {
                    matchAt[c][gamma[c]] += matches;
                    nonMatchAt[c][gamma[c]] += nonMatches;
                }
            }
        }
        double[][] m = p.m();
        double[][] u = p.u();
        for (int c = 0; c < comparisons; c++) {
            if (!active[c]) {
                continue;
            }
            if (settings.estimateM()) {
                normaliseInto(matchAt[c], nullLevels[c], m[c]);
            }
            if (settings.estimateU()) {
                normaliseInto(nonMatchAt[c], nullLevels[c], u[c]);
            }
        }
        double nextLambda = lambda;
        if (settings.estimateLambda() && total > 0) {
            // keep lambda strictly inside (0,1): a session where EM finds no matches must still report a prior
            nextLambda = Math.min(1 - 1e-12, Math.max(1e-12, expectedMatches / total));
        }
        return new Step(new EmParameters(nextLambda, m, u), logLikelihood);
    }

    /**
     * Writes expected counts as shares of the non-null levels into target, each level credited with
     * {@link #PSEUDO_COUNT} more pairs; leaves it when nothing was seen.
     */
    private static void normaliseInto(double[] expected, int nullLevel, double[] target) {
        double sum = 0;
        int levels = 0;
        for (int l = 0; l < expected.length; l++) {
            if (l != nullLevel) {
                sum += expected[l];
                levels++;
            }
        }
        if (sum <= 0) {
            return;
        }
        double total = sum + PSEUDO_COUNT * levels;
        for (int l = 0; l < expected.length; l++) {
            if (l != nullLevel) {
                target[l] = (expected[l] + PSEUDO_COUNT) / total;
            }
        }
    }

    private int[][] unpackAndCheck(long[] patterns, EmParameters p) {
        int comparisons = p.comparisons();
        int[][] levels = new int[patterns.length][];
        for (int i = 0; i < patterns.length; i++) {
            levels[i] = GammaPattern.unpack(patterns[i], comparisons);
            for (int c = 0; c < comparisons; c++) {
                if (levels[i][c] >= p.levels(c)) {
                    throw new IllegalArgumentException("pattern " + Long.toHexString(patterns[i]) + " has level "
                            + levels[i][c] + " for comparison " + c + ", which has " + p.levels(c) + " levels");
                }
            }
        }
        return levels;
    }
}

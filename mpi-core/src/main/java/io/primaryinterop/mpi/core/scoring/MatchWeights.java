package io.primaryinterop.mpi.core.scoring;

/**
 * Conversions between probabilities, Bayes factors and match weights (log2 Bayes factors). The model
 * stays in log space and converts to a probability only at the edge.
 */
public final class MatchWeights {
    /** m and u below this are treated as this, so that a level never seen in training keeps a finite weight. */
    public static final double MIN_PROBABILITY = 1e-9;
    private static final double LN2 = Math.log(2);

    private MatchWeights() {
    }

    /** log2(x). */
    public static double log2(double x) {
        return Math.log(x) / LN2;
    }

    /** The match weight of a level: log2(m / u), with both floored at {@link #MIN_PROBABILITY}. */
    public static double levelWeight(double m, double u) {
        return log2(Math.max(m, MIN_PROBABILITY) / Math.max(u, MIN_PROBABILITY));
    }

    /** The prior match weight: log2(lambda / (1 - lambda)). */
    public static double priorWeight(double lambda) {
        if (!(lambda > 0 && lambda < 1)) {
            throw new IllegalArgumentException("lambda must be in (0,1): " + lambda);
        }
        return log2(lambda / (1 - lambda));
    }

    /** The match probability of a match weight: 2^w / (1 + 2^w), computed without overflow. */
    public static double probability(double matchWeight) {
        if (matchWeight >= 0) {
            return 1 / (1 + Math.pow(2, -matchWeight));
        }
        double odds = Math.pow(2, matchWeight);
        return odds / (1 + odds);
    }

    /** The match weight of a probability: log2(p / (1 - p)). */
    public static double weightOfProbability(double probability) {
        if (!(probability > 0 && probability < 1)) {
            throw new IllegalArgumentException("probability must be in (0,1): " + probability);
        }
        return log2(probability / (1 - probability));
    }
}

package io.primaryinterop.mpi.core.model;

/**
 * The decision thresholds of a model.
 *
 * @param matchProbability pairs at or above this probability are links: clustered in batch, auto-linked at ingest
 * @param reviewProbability pairs at or above this (and below {@code matchProbability}) go to a data steward
 * @param cannotLinkWeight the clustering guard: two records whose comparisons sum to less than this match
 *                         weight (prior excluded) strongly disagree and are never put in one cluster
 */
public record Thresholds(double matchProbability, double reviewProbability, double cannotLinkWeight) {
    public Thresholds {
        if (!(matchProbability > 0 && matchProbability < 1)) {
            throw new IllegalArgumentException("matchProbability must be in (0,1): " + matchProbability);
        }
        if (!(reviewProbability > 0 && reviewProbability <= matchProbability)) {
            throw new IllegalArgumentException("reviewProbability must be in (0, matchProbability=" + matchProbability
                    + "]: " + reviewProbability);
        }
        if (!(cannotLinkWeight < 0)) {
            throw new IllegalArgumentException("cannotLinkWeight must be negative: " + cannotLinkWeight);
        }
    }

    /** Link at p >= 0.5, review from p >= 0.1, never cluster records with a Bayes factor below 2^-10. */
    public static Thresholds defaults() {
        return new Thresholds(0.5, 0.1, -10);
    }

    public Thresholds withMatchProbability(double p) {
        return new Thresholds(p, Math.min(reviewProbability, p), cannotLinkWeight);
    }
}

package io.primaryinterop.mpi.core.model;

import io.primaryinterop.mpi.core.scoring.MatchWeights;

/**
 * How term-frequency adjustment is applied on levels flagged for it.
 *
 * <p>On such a level the pair's weight gets {@code weight * log2(u / max(tf, minimumFrequency))}, where
 * u is the level's u and tf the share of records with the agreeing value (the larger of the two
 * values' shares for fuzzy levels). For an exact level this turns log2(m/u) into log2(m/tf): agreeing on
 * a rare surname counts more than agreeing on a common one, while the average over all values stays
 * log2(m/u).
 *
 * @param weight 0 turns the adjustment off, 1 applies it fully
 * @param minimumFrequency a floor on tf, so that a value seen once cannot give an unbounded weight
 */
public record TermFrequencySettings(double weight, double minimumFrequency) {
    public TermFrequencySettings {
        if (!(weight >= 0 && weight <= 1)) {
            throw new IllegalArgumentException("term frequency weight must be in [0,1]: " + weight);
        }
        if (!(minimumFrequency > 0 && minimumFrequency < 1)) {
            throw new IllegalArgumentException("minimumFrequency must be in (0,1): " + minimumFrequency);
        }
    }

    /**
     * What agreeing on a value of this frequency adds to the weight of a level with this u:
     * {@code weight * log2(u / max(termFrequency, minimumFrequency))}.
     */
    public double adjustment(double u, double termFrequency) {
        return weight * MatchWeights.log2(u / Math.max(termFrequency, minimumFrequency));
    }

    public static TermFrequencySettings defaults() {
        return new TermFrequencySettings(1.0, 1e-6);
    }
}

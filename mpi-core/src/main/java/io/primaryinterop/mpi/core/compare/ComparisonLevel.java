package io.primaryinterop.mpi.core.compare;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One level of a comparison: a condition and its Fellegi–Sunter parameters.
 *
 * @param label short name shown in explanations, e.g. {@code "jaro_winkler >= 0.92"}
 * @param condition when the level applies
 * @param m P(level | match), in (0, 1]
 * @param u P(level | non-match), in (0, 1]
 * @param termFrequencyAdjusted whether agreement on a rare value weighs more than on a common one
 *     (only on {@link Exact} levels)
 */
public record ComparisonLevel(String label, LevelCondition condition, double m, double u,
        boolean termFrequencyAdjusted) {

    /** Smallest term frequency used in an adjustment, so a value seen once does not get an infinite weight. */
    public static final double MIN_TERM_FREQUENCY = 1e-9;

    public ComparisonLevel {
        if (condition == null) {
            throw new IllegalArgumentException("comparison level '" + label + "' needs a condition");
        }
        if (label == null || label.isBlank()) {
            label = condition.describe();
        }
        if (!(m > 0 && m <= 1)) {
            throw new IllegalArgumentException("level '" + label + "': m must be in (0,1]: " + m);
        }
        if (!(u > 0 && u <= 1)) {
            throw new IllegalArgumentException("level '" + label + "': u must be in (0,1]: " + u);
        }
        if (termFrequencyAdjusted && !(condition instanceof Exact)) {
            throw new IllegalArgumentException("level '" + label
                    + "': term-frequency adjustment applies to exact levels only, not " + condition.describe());
        }
    }

    /** A level labelled by its condition. */
    public static ComparisonLevel of(LevelCondition condition, double m, double u) {
        return new ComparisonLevel(condition.describe(), condition, m, u, false);
    }

    /** The null level: weight 0 whatever m and u say. */
    public static ComparisonLevel nullLevel() {
        return new ComparisonLevel("null", new IsNull(), 1.0, 1.0, false);
    }

    @JsonIgnore
    public boolean isNullLevel() {
        return condition instanceof IsNull;
    }

    /** log2(m / u); 0 for the null level (unknown is no evidence either way). */
    public double matchWeight() {
        return isNullLevel() ? 0.0 : log2(m / u);
    }

    /**
     * The match weight with term-frequency adjustment: u is replaced by the frequency of the agreed value
     * among all records (log2(m / tf)), so agreeing on "ZELINSKI" counts more than on "SMITH". Without the
     * flag this is {@link #matchWeight()}.
     */
    public double matchWeight(double termFrequency) {
        if (!termFrequencyAdjusted || isNullLevel() || !(termFrequency > 0)) {
            return matchWeight();
        }
        return log2(m / Math.max(termFrequency, MIN_TERM_FREQUENCY));
    }

    public ComparisonLevel withM(double newM) {
        return new ComparisonLevel(label, condition, newM, u, termFrequencyAdjusted);
    }

    public ComparisonLevel withU(double newU) {
        return new ComparisonLevel(label, condition, m, newU, termFrequencyAdjusted);
    }

    public ComparisonLevel withTermFrequencyAdjustment(boolean adjusted) {
        return new ComparisonLevel(label, condition, m, u, adjusted);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}

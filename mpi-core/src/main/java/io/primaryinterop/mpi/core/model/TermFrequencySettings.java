package io.primaryinterop.mpi.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.primaryinterop.mpi.core.scoring.MatchWeights;

/**
 * How term-frequency adjustment is applied on levels flagged for it.
 *
 * <p>On such a level the pair's weight gets {@code weight * log2(u / max(tf, minimumFrequency))}, where
 * u is the level's u and tf the frequency of the agreed value. For an exact level this turns log2(m/u)
 * into log2(m/tf): agreeing on a rare surname counts more than agreeing on a common one.
 *
 * <p>tf is the value's share of the records where the field is known, shrunk towards u as if the table
 * had {@code priorRecords} more records, each value at its expected share u:
 * {@code tf = (count + priorRecords * u) / (known + priorRecords)}. On a large table this is the plain
 * share (100 pseudo-records among 100,000 move a value seen once from 2^-16.6 to 2^-16.2); on a tiny one
 * the shares say little and tf stays near u. Without it, two identical records alone in a table give every
 * value the share 1: "JOHN" would weigh log2(m/1) < 0 and the pair could score below 0.5.
 *
 * @param weight 0 turns the adjustment off, 1 applies it fully
 * @param minimumFrequency a floor on tf, so that a value seen once cannot give an unbounded weight
 * @param priorRecords how many pseudo-records at share u the value counts are shrunk with (>= 0; 0 = none)
 */
public record TermFrequencySettings(double weight, double minimumFrequency, double priorRecords) {

    /** The default {@link #priorRecords}, also for model files written before it existed. */
    public static final double DEFAULT_PRIOR_RECORDS = 100;

    public TermFrequencySettings {
        if (!(weight >= 0 && weight <= 1)) {
            throw new IllegalArgumentException("term frequency weight must be in [0,1]: " + weight);
        }
        if (!(minimumFrequency > 0 && minimumFrequency < 1)) {
            throw new IllegalArgumentException("minimumFrequency must be in (0,1): " + minimumFrequency);
        }
        if (!(priorRecords >= 0 && priorRecords < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("priorRecords must be >= 0: " + priorRecords);
        }
    }

    public TermFrequencySettings(double weight, double minimumFrequency) {
        this(weight, minimumFrequency, DEFAULT_PRIOR_RECORDS);
    }

    @JsonCreator
    static TermFrequencySettings fromJson(@JsonProperty("weight") double weight,
            @JsonProperty("minimumFrequency") double minimumFrequency,
            @JsonProperty("priorRecords") Double priorRecords) {
        return new TermFrequencySettings(weight, minimumFrequency,
                priorRecords == null ? DEFAULT_PRIOR_RECORDS : priorRecords);
    }

    /** The frequency tf of a value seen {@code count} times among {@code known} records (see above). */
    public double frequency(double u, long count, long known) {
        return (count + priorRecords * u) / (known + priorRecords);
    }

    /**
     * What agreeing on a value seen {@code count} times among {@code known} records adds to the weight of a
     * level with this u: {@code weight * log2(u / max(tf, minimumFrequency))}.
     */
    public double adjustment(double u, long count, long known) {
        return weight * MatchWeights.log2(u / Math.max(frequency(u, count, known), minimumFrequency));
    }

    public static TermFrequencySettings defaults() {
        return new TermFrequencySettings(1.0, 1e-6);
    }
}

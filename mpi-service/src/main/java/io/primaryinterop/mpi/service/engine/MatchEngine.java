package io.primaryinterop.mpi.service.engine;

import io.primaryinterop.mpi.service.domain.RecordFields;

/**
 * The matching engine as the service needs it: prepare a record once (normalize, blocking keys) and
 * score two prepared records. The implementation is compiled from the engine's model file.
 */
public interface MatchEngine {

    /** Version of the model, stored on every automatic link. */
    String modelVersion();

    /** The model's own thresholds; configuration may override them. */
    DecisionThresholds thresholds();

    /** Normalizes the record and computes its blocking keys. */
    Probe prepare(RecordFields record);

    /** The pair's match weight, probability, per-comparison contributions and the review rule it meets (or none). */
    PairMatch score(Probe left, Probe right);

    /**
     * The model's rules on the pair, as batch clustering applies them: whether the two records must never share a
     * person (a cannot-link rule such as a twin or a junior or senior, or comparisons alone summing below the
     * model's {@code cannotLinkWeight}), else which review rule holds the pair back from automatic linking.
     */
    PairRules rules(Probe left, Probe right);

    /**
     * Whether linking {@code record} to {@code linkEnd}, a record of a person, explains the cannot-link rule that
     * {@code record} meets with {@code other}, another record of that person, as batch clustering's guard decides it:
     * the link meets one of the rules' {@code linkExplains} conditions (given names or national id agreeing), and
     * {@code other} is the link's end or meets one with it. Comparisons summing below the model's
     * {@code cannotLinkWeight} are explained by nothing.
     */
    boolean linkExplains(Probe record, Probe linkEnd, Probe other);
}

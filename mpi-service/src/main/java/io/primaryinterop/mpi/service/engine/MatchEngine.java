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
}

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

    /** The pair's match weight, probability and per-comparison contributions. */
    PairMatch score(Probe left, Probe right);

    /**
     * Whether the two records must never share a person, as batch clustering's guard decides: the pair meets
     * one of the model's cannot-link rules (a twin, a junior or senior), or its comparisons alone sum below the
     * model's {@code cannotLinkWeight}.
     */
    boolean cannotLink(Probe left, Probe right);
}

package io.primaryinterop.mpi.datasets.generator;

/** Receives the generator's output as it is made (nothing is held). */
public interface GenerationSink {

    /** A finished record; the draft is not touched by the generator afterwards. */
    void record(RecordDraft record);

    /** Two different persons that look alike. */
    void hardNegative(String leftPersonId, String rightPersonId, HardNegativeKind kind);
}

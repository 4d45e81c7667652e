package io.primaryinterop.mpi.core.linker;

/** Receives scored pairs (rows of the linker's table) from one thread. */
@FunctionalInterface
public interface ScoredPairSink {
    void accept(int left, int right, int ruleIndex, double matchWeight);
}

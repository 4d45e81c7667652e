package io.primaryinterop.mpi.core.training;

/** The gamma pattern of a pair of rows: every comparison's level, packed (see {@link GammaPattern}). */
@FunctionalInterface
public interface PairPatterns {
    long pattern(int a, int b);
}

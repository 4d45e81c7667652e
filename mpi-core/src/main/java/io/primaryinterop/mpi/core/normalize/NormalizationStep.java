package io.primaryinterop.mpi.core.normalize;

/**
 * One small, named normalization step (Lucene-style): it takes a non-null value and returns the
 * normalized value, or {@code null} when nothing usable is left. Every step is idempotent:
 * {@code apply(apply(x)) == apply(x)}.
 */
@FunctionalInterface
public interface NormalizationStep {
    String apply(String value);
}

package io.primaryinterop.mpi.core.cluster;

/**
 * Whether two records strongly disagree, so that no cluster may hold both (the anti-chaining guard).
 * Rows are indices into the record table being clustered.
 */
@FunctionalInterface
public interface CannotLink {
    boolean cannotLink(int a, int b);

    /** No guard: clusters are the plain connected components. */
    static CannotLink never() {
        return (a, b) -> false;
    }
}

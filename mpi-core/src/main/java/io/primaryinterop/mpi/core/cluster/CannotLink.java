package io.primaryinterop.mpi.core.cluster;

/**
 * Whether two records strongly disagree, so that no cluster may hold both (the anti-chaining guard).
 * Rows are indices into the record table being clustered.
 */
@FunctionalInterface
public interface CannotLink {
    /**
     * The test on the records of the two clusters that the link between rows {@code left} and {@code right} would
     * merge (the linked pair among them): what the link itself shows may explain a difference between two others.
     * The test is asked with a record of {@code left}'s cluster first.
     */
    RecordPairTest acrossLink(int left, int right);

    /** Whether records {@code a} and {@code b} may not share a cluster. */
    @FunctionalInterface
    interface RecordPairTest {
        boolean test(int a, int b);
    }

    /** The same test whatever the link. */
    static CannotLink always(RecordPairTest test) {
        return (left, right) -> test;
    }

    /** No guard: clusters are the plain connected components. */
    static CannotLink never() {
        return always((a, b) -> false);
    }
}

package io.primaryinterop.mpi.core.cluster;

/**
 * Limits of the clustering guard.
 *
 * @param maxClusterSize a merge that would make a cluster larger than this is refused and counted
 * @param maxGuardChecks most cannot-link checks for one merge; beyond it the merge is refused, since a
 *                       merge of two large components by one link is exactly the chaining we guard against
 */
public record ClusteringSettings(int maxClusterSize, int maxGuardChecks) {
    public ClusteringSettings {
        if (maxClusterSize < 2) {
            throw new IllegalArgumentException("maxClusterSize must be >= 2: " + maxClusterSize);
        }
        if (maxGuardChecks < 1) {
            throw new IllegalArgumentException("maxGuardChecks must be >= 1: " + maxGuardChecks);
        }
    }

    /** Clusters of at most 1,000 records, at most 10,000 checks per merge. */
    public static ClusteringSettings defaults() {
        return new ClusteringSettings(1_000, 10_000);
    }

    /** No limits: with {@link CannotLink#never()} the result is the plain connected components. */
    public static ClusteringSettings unlimited() {
        return new ClusteringSettings(Integer.MAX_VALUE, Integer.MAX_VALUE);
    }
}

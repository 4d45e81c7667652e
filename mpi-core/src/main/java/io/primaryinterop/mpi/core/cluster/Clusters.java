package io.primaryinterop.mpi.core.cluster;

/**
 * The clusters found: for every row, the smallest row of its cluster (so a cluster is named by its
 * first record), and what the guard did.
 *
 * @param refusedByGuard merges refused because a record of one side strongly disagreed with one of the other
 * @param refusedBySize merges refused because the cluster would exceed the size limit or need too many checks
 */
public record Clusters(int[] clusterOf, int clusterCount, int linksUsed, int refusedByGuard, int refusedBySize) {
    public Clusters {
        clusterOf = clusterOf.clone();
    }

    @Override
    public int[] clusterOf() {
        return clusterOf.clone();
    }

    /** The cluster (its smallest row) of one row. */
    public int clusterOf(int row) {
        return clusterOf[row];
    }

    public int size() {
        return clusterOf.length;
    }
}

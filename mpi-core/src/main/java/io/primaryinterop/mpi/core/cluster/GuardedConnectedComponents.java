package io.primaryinterop.mpi.core.cluster;

/**
 * Connected components over the links, with a guard against chaining unrelated people through one
 * bad link.
 *
 * <p>Links are taken in descending match weight (the surest first) and merged with union-find. Before
 * two components are merged (two single records too: the link may meet an explicit cannot-link rule), every record of one is
 * checked against every record of the other with {@link CannotLink}: if any two strongly disagree
 * (e.g. their comparisons sum to a Bayes factor below 2^-10 : different national ids, birth dates years
 * apart, different names), the merge is refused and counted. The test may depend on the link being made: a
 * link whose given names or national id agree explains two other records of the clusters with different given
 * names. So a "bridge" record that links well to two different persons joins the first (stronger) one, and the second person
 * stays apart. A merge is
 * also refused when the cluster would outgrow {@link ClusteringSettings#maxClusterSize()}. When no
 * merge is refused the result equals the plain connected components.
 */
public final class GuardedConnectedComponents {
    private final CannotLink cannotLink;
    private final ClusteringSettings settings;

    public GuardedConnectedComponents(CannotLink cannotLink, ClusteringSettings settings) {
        this.cannotLink = cannotLink;
        this.settings = settings;
    }

    /** Clusters {@code records} rows by the links (each link's rows must be in [0, records)). */
    public Clusters cluster(int records, ScoredLinks links) {
        int[] parent = new int[records];
        int[] size = new int[records];
        // members of a component form a circular list through next[], so two lists concatenate in O(1)
        int[] next = new int[records];
        for (int i = 0; i < records; i++) {
            parent[i] = i;
            size[i] = 1;
            next[i] = i;
        }
        int used = 0;
        int refusedByGuard = 0;
        int refusedBySize = 0;
        for (int link : links.indicesByDescendingWeight()) {
            int a = links.left(link);
            int b = links.right(link);
            checkRow(a, records);
            checkRow(b, records);
            int rootA = find(parent, a);
            int rootB = find(parent, b);
            if (rootA == rootB) {
                continue;
            }
            long merged = (long) size[rootA] + size[rootB];
            if (merged > settings.maxClusterSize()
                    || (long) size[rootA] * size[rootB] > settings.maxGuardChecks()) {
                refusedBySize++;
                continue;
            }
            // two single records too: the link scored above the threshold, but may still meet a cannot-link rule
            if (anyCannotLink(cannotLink.acrossLink(a, b), rootA, rootB, next)) {
                refusedByGuard++;
                continue;
            }
            if (size[rootA] < size[rootB]) {
                int t = rootA;
                rootA = rootB;
                rootB = t;
            }
            parent[rootB] = rootA;
            size[rootA] += size[rootB];
            int t = next[rootA];
            next[rootA] = next[rootB];
            next[rootB] = t;
            used++;
        }
        int[] clusterOf = new int[records];
        int[] smallestOfRoot = new int[records];
        java.util.Arrays.fill(smallestOfRoot, -1);
        int clusters = 0;
        for (int i = 0; i < records; i++) {
            int root = find(parent, i);
            if (smallestOfRoot[root] < 0) {
                smallestOfRoot[root] = i;
                clusters++;
            }
            clusterOf[i] = smallestOfRoot[root];
        }
        return new Clusters(clusterOf, clusters, used, refusedByGuard, refusedBySize);
    }

    private static boolean anyCannotLink(CannotLink.RecordPairTest test, int rootA, int rootB, int[] next) {
        int a = rootA;
        do {
            int b = rootB;
            do {
                if (test.test(a, b)) {
                    return true;
                }
                b = next[b];
            } while (b != rootB);
            a = next[a];
        } while (a != rootA);
        return false;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void checkRow(int row, int records) {
        if (row < 0 || row >= records) {
            throw new IllegalArgumentException("link row " + row + " outside [0," + records + ")");
        }
    }
}

package io.primaryinterop.mpi.datasets.evaluation;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.eclipse.collections.impl.map.mutable.primitive.ObjectIntHashMap;

/**
 * A result to judge: the cluster of each record of a truth, as dense ints. Records the result does not
 * mention are put in clusters of their own (and counted); records the truth does not know are counted and
 * left out.
 *
 * @param clusterOfRecord cluster index per truth record index
 * @param clusters        number of clusters
 * @param missing         truth records the result did not mention (made singletons)
 * @param unknown         result records not in the truth (ignored)
 */
public record Clustering(int[] clusterOfRecord, int clusters, long missing, long unknown) {

    /** Reads {@code record_id,cluster_id} against a truth; a record listed twice is an error naming its line. */
    public static Clustering read(Path file, Truth truth) {
        int[] clusterOf = new int[truth.records()];
        Arrays.fill(clusterOf, -1);
        ObjectIntHashMap<String> clusterIndex = new ObjectIntHashMap<>();
        long[] unknown = {0};
        CsvColumns.forEach(file, List.of("record_id", "cluster_id"), row -> {
            int record = truth.recordIndex(row.get(0));
            if (record < 0) {
                unknown[0]++;
                return;
            }
            if (clusterOf[record] >= 0) {
                throw row.error("record_id", "record " + row.get(0) + " listed twice");
            }
            int cluster = clusterIndex.getIfAbsentPut(row.get(1), clusterIndex.size());
            clusterOf[record] = cluster;
        });
        return complete(clusterOf, clusterIndex.size(), unknown[0]);
    }

    /** From cluster indexes per truth record (-1 = not mentioned). */
    public static Clustering of(int[] clusterOfRecord, long unknown) {
        int max = -1;
        for (int c : clusterOfRecord) {
            max = Math.max(max, c);
        }
        return complete(clusterOfRecord.clone(), max + 1, unknown);
    }

    private static Clustering complete(int[] clusterOf, int clusters, long unknown) {
        long missing = 0;
        int next = clusters;
        for (int i = 0; i < clusterOf.length; i++) {
            if (clusterOf[i] < 0) {
                clusterOf[i] = next++;
                missing++;
            }
        }
        return new Clustering(clusterOf, next, missing, unknown);
    }

    public int cluster(int record) {
        return clusterOfRecord[record];
    }
}

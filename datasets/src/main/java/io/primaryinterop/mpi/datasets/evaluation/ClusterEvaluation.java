package io.primaryinterop.mpi.datasets.evaluation;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.eclipse.collections.impl.map.mutable.primitive.LongIntHashMap;

/**
 * Judges a clustering against the truth from their contingency table (records counted per cluster and person):
 * pairwise counts are sums of C(n, 2) over its cells, clusters and persons, so no pair is ever enumerated.
 *
 * @param pairwise            pairwise precision, recall, F1
 * @param bCubed              B-cubed precision, recall, F1
 * @param predictedSizes      cluster size -> number of clusters in the result
 * @param trueSizes           cluster size -> number of persons with that many records
 * @param records             records judged
 * @param predictedClusters   clusters in the result
 * @param persons             persons in the truth
 */
public record ClusterEvaluation(PairwiseMetrics pairwise, BCubed bCubed, SortedMap<Integer, Long> predictedSizes,
                                SortedMap<Integer, Long> trueSizes, long records, long predictedClusters, long persons) {

    public ClusterEvaluation {
        predictedSizes = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(predictedSizes));
        trueSizes = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(trueSizes));
    }

    public static ClusterEvaluation of(Truth truth, Clustering clustering) {
        int n = truth.records();
        int[] clusterSize = new int[clustering.clusters()];
        int[] personSize = new int[truth.persons()];
        LongIntHashMap cells = new LongIntHashMap();
        for (int r = 0; r < n; r++) {
            int c = clustering.cluster(r);
            int p = truth.person(r);
            clusterSize[c]++;
            personSize[p]++;
            cells.addToValue(((long) c << 32) | p, 1);
        }
        long[] truePositives = {0};
        double[] precisionSum = {0};
        double[] recallSum = {0};
        cells.forEachKeyValue((key, count) -> {
            int c = (int) (key >>> 32);
            int p = (int) key;
            truePositives[0] += Metrics.pairs(count);
            precisionSum[0] += (double) count * count / clusterSize[c];
            recallSum[0] += (double) count * count / personSize[p];
        });
        long predicted = 0;
        Map<Integer, Long> predictedSizes = new TreeMap<>();
        long clusters = 0;
        for (int size : clusterSize) {
            if (size > 0) {
                predicted += Metrics.pairs(size);
                predictedSizes.merge(size, 1L, Long::sum);
                clusters++;
            }
        }
        long truePairs = 0;
        Map<Integer, Long> trueSizes = new TreeMap<>();
        for (int size : personSize) {
            truePairs += Metrics.pairs(size);
            trueSizes.merge(size, 1L, Long::sum);
        }
        BCubed bCubed = n == 0 ? new BCubed(1, 1)
                : new BCubed(Math.min(1, precisionSum[0] / n), Math.min(1, recallSum[0] / n));
        return new ClusterEvaluation(new PairwiseMetrics(truePositives[0], predicted, truePairs), bCubed,
                new TreeMap<>(predictedSizes), new TreeMap<>(trueSizes), n, clusters, truth.persons());
    }
}

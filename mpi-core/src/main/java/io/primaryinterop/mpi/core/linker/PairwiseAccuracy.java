package io.primaryinterop.mpi.core.linker;

import java.util.HashMap;
import java.util.Map;

/**
 * Pairwise accuracy against ground truth: a predicted pair is a true positive when both records belong
 * to the same true entity.
 */
public record PairwiseAccuracy(long truePairs, long predictedPairs, long truePositives) {
    public PairwiseAccuracy {
        if (truePositives > predictedPairs || truePositives > truePairs || truePositives < 0) {
            throw new IllegalArgumentException("inconsistent counts: true pairs " + truePairs + ", predicted "
                    + predictedPairs + ", true positives " + truePositives);
        }
    }

    public double precision() {
        return predictedPairs == 0 ? 1.0 : (double) truePositives / predictedPairs;
    }

    public double recall() {
        return truePairs == 0 ? 1.0 : (double) truePositives / truePairs;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Number of true pairs: for each entity with k records, k(k-1)/2. */
    public static long pairsWithin(String[] entityOfRow) {
        Map<String, Long> sizes = new HashMap<>();
        for (String entity : entityOfRow) {
            sizes.merge(entity, 1L, Long::sum);
        }
        long pairs = 0;
        for (long k : sizes.values()) {
            pairs += k * (k - 1) / 2;
        }
        return pairs;
    }

    /** Accuracy of clusters read as all their within-cluster pairs. */
    public static PairwiseAccuracy ofClusters(int[] clusterOfRow, String[] entityOfRow) {
        if (clusterOfRow.length != entityOfRow.length) {
            throw new IllegalArgumentException("clusters for " + clusterOfRow.length + " rows, truth for "
                    + entityOfRow.length);
        }
        Map<Integer, Long> clusterSizes = new HashMap<>();
        Map<String, Long> both = new HashMap<>();
        for (int row = 0; row < clusterOfRow.length; row++) {
            clusterSizes.merge(clusterOfRow[row], 1L, Long::sum);
            both.merge(clusterOfRow[row] + "\u0000" + entityOfRow[row], 1L, Long::sum);
        }
        long predicted = 0;
        for (long k : clusterSizes.values()) {
            predicted += k * (k - 1) / 2;
        }
        long truePositives = 0;
        for (long k : both.values()) {
            truePositives += k * (k - 1) / 2;
        }
        return new PairwiseAccuracy(pairsWithin(entityOfRow), predicted, truePositives);
    }
}

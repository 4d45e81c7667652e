package io.primaryinterop.mpi.datasets.evaluation;

/**
 * Pairwise quality: a pair of records is a true positive when the result links them (same cluster) and the
 * truth agrees (same person). With no predicted pairs precision is 1 (nothing wrongly linked); with no true
 * pairs recall is 1.
 */
public record PairwiseMetrics(long truePositives, long predictedPairs, long truePairs) {

    public PairwiseMetrics {
        if (truePositives < 0 || truePositives > predictedPairs || truePositives > truePairs) {
            throw new IllegalArgumentException("inconsistent pair counts: tp=" + truePositives + " predicted="
                    + predictedPairs + " true=" + truePairs);
        }
    }

    public long falsePositives() {
        return predictedPairs - truePositives;
    }

    public long falseNegatives() {
        return truePairs - truePositives;
    }

    public double precision() {
        return predictedPairs == 0 ? 1.0 : truePositives / (double) predictedPairs;
    }

    public double recall() {
        return truePairs == 0 ? 1.0 : truePositives / (double) truePairs;
    }

    public double f1() {
        return Metrics.f1(precision(), recall());
    }
}

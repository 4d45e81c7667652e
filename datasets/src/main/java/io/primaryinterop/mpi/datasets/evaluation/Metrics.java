package io.primaryinterop.mpi.datasets.evaluation;

/** Small shared formulas. */
final class Metrics {

    private Metrics() {
    }

    static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
    }

    static long pairs(long size) {
        return size * (size - 1) / 2;
    }
}

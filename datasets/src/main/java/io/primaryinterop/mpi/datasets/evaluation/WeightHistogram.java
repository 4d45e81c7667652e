package io.primaryinterop.mpi.datasets.evaluation;

/**
 * Counts of true and false scored pairs per match-weight bin of width 1, from {@link #MIN} to {@link #MAX}
 * (weights beyond are counted in the end bins). Where the two humps overlap is where a matcher errs.
 */
public record WeightHistogram(long[] trueCounts, long[] falseCounts) {

    public static final int MIN = -60;
    public static final int MAX = 80;

    /** Lower edge of a bin. */
    public static int lowerEdge(int bin) {
        return MIN + bin;
    }

    public int bins() {
        return trueCounts.length;
    }

    static final class Builder {
        private final long[] trueCounts = new long[MAX - MIN];
        private final long[] falseCounts = new long[MAX - MIN];

        void add(double weight, boolean same) {
            int bin = (int) Math.floor(weight) - MIN;
            bin = Math.max(0, Math.min(trueCounts.length - 1, bin));
            (same ? trueCounts : falseCounts)[bin]++;
        }

        WeightHistogram build() {
            return new WeightHistogram(trueCounts.clone(), falseCounts.clone());
        }
    }
}

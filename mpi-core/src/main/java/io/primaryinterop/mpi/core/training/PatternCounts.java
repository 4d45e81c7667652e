package io.primaryinterop.mpi.core.training;

import org.eclipse.collections.impl.map.mutable.primitive.LongLongHashMap;

/**
 * How many pairs showed each gamma pattern. Not thread-safe: fill one per thread and
 * {@link #addAll(PatternCounts) merge} them; a few thousand distinct patterns cover millions of pairs.
 */
public final class PatternCounts {
    private final LongLongHashMap counts = new LongLongHashMap();
    private long total;

    /** Counts one pair with this pattern. */
    public void add(long pattern) {
        counts.addToValue(pattern, 1L);
        total++;
    }

    /** Counts {@code count} pairs with this pattern. */
    public void add(long pattern, long count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0: " + count);
        }
        counts.addToValue(pattern, count);
        total += count;
    }

    /** Adds every count of another instance into this one. */
    public void addAll(PatternCounts other) {
        other.counts.forEachKeyValue(this::add);
    }

    /** Number of distinct patterns. */
    public int distinctPatterns() {
        return counts.size();
    }

    /** Number of pairs counted. */
    public long totalPairs() {
        return total;
    }

    /** The count of one pattern (0 when never seen). */
    public long count(long pattern) {
        return counts.get(pattern);
    }

    /** The distinct patterns and their counts as two parallel arrays, in no particular order. */
    public Snapshot snapshot() {
        long[] patterns = new long[counts.size()];
        double[] weights = new double[counts.size()];
        int[] i = {0};
        counts.forEachKeyValue((pattern, count) -> {
            patterns[i[0]] = pattern;
            weights[i[0]] = count;
            i[0]++;
        });
        return new Snapshot(patterns, weights);
    }

    /** Parallel arrays of distinct patterns and their counts. */
    public record Snapshot(long[] patterns, double[] counts) {
        public Snapshot {
            if (patterns.length != counts.length) {
                throw new IllegalArgumentException("patterns and counts differ in length: "
                        + patterns.length + " vs " + counts.length);
            }
        }
    }
}

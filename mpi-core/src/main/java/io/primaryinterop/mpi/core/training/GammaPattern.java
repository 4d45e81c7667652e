package io.primaryinterop.mpi.core.training;

/**
 * A gamma vector (the comparison level chosen by every comparison for one pair) packed in a long:
 * four bits per comparison, comparison 0 in the lowest bits. Packing lets pattern counts live in a
 * primitive hash map, so EM iterates over distinct patterns and never over individual pairs.
 */
public final class GammaPattern {
    /** Bits per comparison. */
    public static final int BITS = 4;
    /** Most comparisons a pattern holds. */
    public static final int MAX_COMPARISONS = Long.SIZE / BITS;
    /** Most levels one comparison may have. */
    public static final int MAX_LEVELS = 1 << BITS;
    private static final long MASK = MAX_LEVELS - 1;

    private GammaPattern() {
    }

    /** Packs one level index per comparison. */
    public static long pack(int... levels) {
        if (levels.length > MAX_COMPARISONS) {
            throw new IllegalArgumentException("at most " + MAX_COMPARISONS + " comparisons, got " + levels.length);
        }
        long pattern = 0;
        for (int c = 0; c < levels.length; c++) {
            pattern = with(pattern, c, levels[c]);
        }
        return pattern;
    }

    /** The pattern with comparison {@code comparison} set to {@code level}. */
    public static long with(long pattern, int comparison, int level) {
        if (level < 0 || level >= MAX_LEVELS) {
            throw new IllegalArgumentException("level must be in [0," + MAX_LEVELS + "): " + level);
        }
        int shift = comparison * BITS;
        return (pattern & ~(MASK << shift)) | ((long) level << shift);
    }

    /** The level index of one comparison. */
    public static int level(long pattern, int comparison) {
        return (int) ((pattern >>> (comparison * BITS)) & MASK);
    }

    /** The level indices of the first {@code comparisons} comparisons. */
    public static int[] unpack(long pattern, int comparisons) {
        int[] levels = new int[comparisons];
        for (int c = 0; c < comparisons; c++) {
            levels[c] = level(pattern, c);
        }
        return levels;
    }
}

package io.primaryinterop.mpi.core.compare;

/**
 * Banded edit distance with early exit, shared by {@link Levenshtein} and {@link DamerauLevenshtein}
 * (optimal string alignment: adjacent transpositions count one edit, as in Commons Text's
 * {@code DamerauLevenshteinDistance}). Only the diagonal band of width {@code 2 * max + 1} is filled and
 * the computation stops as soon as a whole row exceeds {@code max}, so "at most 2 edits" on names costs
 * a few dozen cell updates. Row buffers are per thread and reused: no allocation per call.
 */
final class EditDistance {

    private static final ThreadLocal<int[][]> ROWS = ThreadLocal.withInitial(() -> new int[3][34]);

    private EditDistance() {
    }

    /** The distance, or -1 when it is greater than {@code max}. */
    static int distance(String a, String b, int max, boolean transpositions) {
        int lengthA = a.length();
        int lengthB = b.length();
        if (max < 0 || Math.abs(lengthA - lengthB) > max) {
            return -1;
        }
        if (lengthA == 0 || lengthB == 0) {
            return Math.max(lengthA, lengthB);
        }
        if (max == 1) {
            return withinOne(a, b, transpositions);
        }
        int infinity = max + 1;
        int[][] rows = rows(lengthB + 2);
        int[] beforePrevious = rows[0];
        int[] previous = rows[1];
        int[] current = rows[2];
        int firstRowEnd = Math.min(lengthB, max);
        for (int j = 0; j <= firstRowEnd; j++) {
            previous[j] = j;
        }
        if (firstRowEnd < lengthB) {
            previous[firstRowEnd + 1] = infinity;
        }
        for (int i = 1; i <= lengthA; i++) {
            char ca = a.charAt(i - 1);
            int from = Math.max(1, i - max);
            int to = Math.min(lengthB, i + max);
            current[from - 1] = from == 1 ? Math.min(i, infinity) : infinity;
            int rowMin = infinity;
            for (int j = from; j <= to; j++) {
                char cb = b.charAt(j - 1);
                int value = previous[j - 1] + (ca == cb ? 0 : 1);
                value = Math.min(value, previous[j] + 1);
                value = Math.min(value, current[j - 1] + 1);
                if (transpositions && i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                    value = Math.min(value, beforePrevious[j - 2] + 1);
                }
                if (value > infinity) {
                    value = infinity;
                }
                current[j] = value;
                rowMin = Math.min(rowMin, value);
            }
            if (to < lengthB) {
                current[to + 1] = infinity;
            }
            if (rowMin > max) {
                return -1;
            }
            int[] recycled = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = recycled;
        }
        int distance = previous[lengthB];
        return distance > max ? -1 : distance;
    }

    /**
     * "At most one edit", the most common level, without a matrix: skip the common prefix, then the
     * rest must match after one substitution, deletion, insertion or (optionally) adjacent swap.
     */
    private static int withinOne(String a, String b, boolean transpositions) {
        int lengthA = a.length();
        int lengthB = b.length();
        int shorter = Math.min(lengthA, lengthB);
        int i = 0;
        while (i < shorter && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (lengthA == lengthB) {
            if (i == lengthA || a.regionMatches(i + 1, b, i + 1, lengthA - i - 1)) {
                return i == lengthA ? 0 : 1;
            }
            boolean swapped = transpositions && i + 1 < lengthA && a.charAt(i) == b.charAt(i + 1)
                    && a.charAt(i + 1) == b.charAt(i) && a.regionMatches(i + 2, b, i + 2, lengthA - i - 2);
            return swapped ? 1 : -1;
        }
        if (lengthA > lengthB) {
            return a.regionMatches(i + 1, b, i, lengthB - i) ? 1 : -1;
        }
        return b.regionMatches(i + 1, a, i, lengthA - i) ? 1 : -1;
    }

    private static int[][] rows(int length) {
        int[][] rows = ROWS.get();
        if (rows[0].length < length) {
            rows = new int[3][Math.max(length, rows[0].length * 2)];
            ROWS.set(rows);
        }
        return rows;
    }

    /** 1 - distance / longer length; 1 for two empty strings. */
    static double similarity(String a, String b, boolean transpositions) {
        int longer = Math.max(a.length(), b.length());
        if (longer == 0) {
            return 1.0;
        }
        return 1.0 - (double) distance(a, b, longer, transpositions) / longer;
    }
}

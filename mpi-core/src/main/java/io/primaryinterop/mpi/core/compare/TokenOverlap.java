package io.primaryinterop.mpi.core.compare;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Share of distinct space-separated tokens two values have in common (Jaccard: common / all), e.g.
 * {@code "12 MAIN ST"} vs {@code "12 MAIN STREET"} = 2/4. Used for address lines, where words move
 * ({@code "APT 3 12 MAIN ST"}) and some are missing.
 */
public final class TokenOverlap implements FieldComparator {
    /** Compiled once: {@code String.split(" +")} compiles its regex on every call, and this runs per scored pair. */
    private static final Pattern SPACES = Pattern.compile(" +");

    @Override
    public double similarity(String a, String b) {
        String[] left = distinctSorted(a);
        String[] right = distinctSorted(b);
        if (left.length == 0 && right.length == 0) {
            return 1.0;
        }
        int common = 0;
        int i = 0;
        int j = 0;
        while (i < left.length && j < right.length) {
            int order = left[i].compareTo(right[j]);
            if (order == 0) {
                common++;
                i++;
                j++;
            } else if (order < 0) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (left.length + right.length - common);
    }

    /** Jaccard share of two sorted, distinct token-id arrays (the table's precomputed form). */
    public static double share(int[] left, int[] right) {
        if (left.length == 0 && right.length == 0) {
            return 1.0;
        }
        int common = 0;
        int i = 0;
        int j = 0;
        while (i < left.length && j < right.length) {
            if (left[i] == right[j]) {
                common++;
                i++;
                j++;
            } else if (left[i] < right[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (left.length + right.length - common);
    }

    /** The words (split on runs of spaces, after trimming), distinct and sorted. */
    static String[] distinctSorted(String value) {
        String[] tokens = value.isBlank() ? new String[0] : SPACES.split(value.trim());
        return Arrays.stream(tokens).distinct().sorted().toArray(String[]::new);
    }
}

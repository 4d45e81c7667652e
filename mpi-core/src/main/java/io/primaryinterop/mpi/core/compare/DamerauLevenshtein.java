package io.primaryinterop.mpi.core.compare;

/**
 * Damerau–Levenshtein distance in its optimal-string-alignment form (a swap of two adjacent
 * characters, {@code MARTHA/MARHTA}, is one edit), equal to Commons Text's
 * {@code DamerauLevenshteinDistance} (tested against it), banded with early exit and allocation-free.
 */
public final class DamerauLevenshtein implements FieldComparator {

    /** The edit distance. */
    public int distance(String a, String b) {
        return EditDistance.distance(a, b, Math.max(a.length(), b.length()), true);
    }

    /** The edit distance when it is at most {@code max}, else -1 (stops early). */
    public int distanceAtMost(String a, String b, int max) {
        return EditDistance.distance(a, b, max, true);
    }

    @Override
    public double similarity(String a, String b) {
        return EditDistance.similarity(a, b, true);
    }
}

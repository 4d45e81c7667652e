package io.primaryinterop.mpi.core.compare;

/**
 * Levenshtein edit distance (insert, delete, substitute), equal to Commons Text's
 * {@code LevenshteinDistance} (tested against it), banded with early exit and allocation-free
 * (see {@link EditDistance}). Similarity is {@code 1 - distance / longer length}.
 */
public final class Levenshtein implements FieldComparator {

    /** The edit distance. */
    public int distance(String a, String b) {
        return EditDistance.distance(a, b, Math.max(a.length(), b.length()), false);
    }

    /** The edit distance when it is at most {@code max}, else -1 (stops early). */
    public int distanceAtMost(String a, String b, int max) {
        return EditDistance.distance(a, b, max, false);
    }

    @Override
    public double similarity(String a, String b) {
        return EditDistance.similarity(a, b, false);
    }
}

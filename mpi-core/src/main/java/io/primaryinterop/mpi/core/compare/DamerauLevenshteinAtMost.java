package io.primaryinterop.mpi.core.compare;

/** At most {@code distance} edits counting an adjacent swap as one (see {@link DamerauLevenshtein}). */
public record DamerauLevenshteinAtMost(int distance) implements LevelCondition {

    public DamerauLevenshteinAtMost {
        if (distance < 1) {
            throw new IllegalArgumentException("Damerau-Levenshtein distance must be at least 1: " + distance);
        }
    }

    @Override
    public String describe() {
        return "damerau_levenshtein <= " + distance;
    }
}

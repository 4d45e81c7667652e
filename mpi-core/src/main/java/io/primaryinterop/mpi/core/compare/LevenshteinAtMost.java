package io.primaryinterop.mpi.core.compare;

/** At most {@code distance} insertions, deletions or substitutions (see {@link Levenshtein}). */
public record LevenshteinAtMost(int distance) implements LevelCondition {

    public LevenshteinAtMost {
        if (distance < 1) {
            throw new IllegalArgumentException("Levenshtein distance must be at least 1: " + distance);
        }
    }

    @Override
    public String describe() {
        return "levenshtein <= " + distance;
    }
}

package io.primaryinterop.mpi.core.compare;

/**
 * Given and family name written the other way round; the comparison reads two fields (given, family). One
 * of the two swapped names may be misspelled (Jaro-Winkler >= 0.85), a nickname or an initial of the other;
 * the other must be equal.
 */
public record NamesSwapped() implements LevelCondition {

    @Override
    public String describe() {
        return "names swapped";
    }
}

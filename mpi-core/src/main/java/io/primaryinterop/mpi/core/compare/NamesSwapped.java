package io.primaryinterop.mpi.core.compare;

/** Given and family name written the other way round; the comparison reads two fields (given, family). */
public record NamesSwapped() implements LevelCondition {

    @Override
    public String describe() {
        return "names swapped";
    }
}

package io.primaryinterop.mpi.core.compare;

/** Same year and month, another day. */
public record DateSameYearMonth() implements LevelCondition {

    @Override
    public String describe() {
        return "same year and month";
    }

    @Override
    public boolean comparesDates() {
        return true;
    }
}

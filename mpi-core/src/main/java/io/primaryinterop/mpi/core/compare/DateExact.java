package io.primaryinterop.mpi.core.compare;

/** Same date. */
public record DateExact() implements LevelCondition {

    @Override
    public String describe() {
        return "date exact";
    }

    @Override
    public boolean comparesDates() {
        return true;
    }
}

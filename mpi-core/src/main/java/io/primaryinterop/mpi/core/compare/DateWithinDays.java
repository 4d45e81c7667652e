package io.primaryinterop.mpi.core.compare;

/** Dates at most {@code days} apart. */
public record DateWithinDays(int days) implements LevelCondition {

    public DateWithinDays {
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1: " + days);
        }
    }

    @Override
    public String describe() {
        return "within " + days + " days";
    }

    @Override
    public boolean comparesDates() {
        return true;
    }
}

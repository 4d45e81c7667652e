package io.primaryinterop.mpi.core.compare;

/** Same month and day, years at most {@code years} apart (a mistyped year). */
public record DateYearOffBy(int years) implements LevelCondition {

    public DateYearOffBy {
        if (years < 1) {
            throw new IllegalArgumentException("years must be at least 1: " + years);
        }
    }

    @Override
    public String describe() {
        return "year off by <= " + years;
    }

    @Override
    public boolean comparesDates() {
        return true;
    }
}

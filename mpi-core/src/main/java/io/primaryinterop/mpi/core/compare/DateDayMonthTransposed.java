package io.primaryinterop.mpi.core.compare;

/** Same year, day and month swapped ({@code 1972-03-04} / {@code 1972-04-03}), a US/European mix-up. */
public record DateDayMonthTransposed() implements LevelCondition {

    @Override
    public String describe() {
        return "day/month transposed";
    }

    @Override
    public boolean comparesDates() {
        return true;
    }
}

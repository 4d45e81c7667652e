package io.primaryinterop.mpi.core.compare;

/** Both values are numbers at most {@code difference} apart; a non-number never matches. */
public record NumericDifferenceAtMost(double difference) implements LevelCondition {

    public NumericDifferenceAtMost {
        if (!(difference >= 0) || Double.isInfinite(difference)) {
            throw new IllegalArgumentException("numeric difference must be finite and >= 0: " + difference);
        }
    }

    @Override
    public String describe() {
        return "numeric difference <= " + difference;
    }
}

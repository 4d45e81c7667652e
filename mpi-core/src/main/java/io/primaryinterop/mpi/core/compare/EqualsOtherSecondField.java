package io.primaryinterop.mpi.core.compare;

/**
 * One record's value equals the other record's second field, either way round: a given name written in
 * the middle-name field (or the middle name used as the given name). The comparison reads two fields
 * (e.g. given, middle).
 */
public record EqualsOtherSecondField() implements LevelCondition {

    @Override
    public String describe() {
        return "equal to the second field of the other";
    }
}

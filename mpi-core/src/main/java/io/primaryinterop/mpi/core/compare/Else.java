package io.primaryinterop.mpi.core.compare;

/** Always holds: the last level of every comparison. */
public record Else() implements LevelCondition {

    @Override
    public String describe() {
        return "else";
    }
}

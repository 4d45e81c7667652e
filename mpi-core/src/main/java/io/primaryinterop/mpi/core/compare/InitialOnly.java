package io.primaryinterop.mpi.core.compare;

/** One side is a single letter, the initial of the other ({@code J}/{@code JOHN}). */
public record InitialOnly() implements LevelCondition {

    @Override
    public String describe() {
        return "initial";
    }
}

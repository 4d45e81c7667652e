package io.primaryinterop.mpi.core.compare;

/** Identical normalized values (dictionary codes equal in a table). */
public record Exact() implements LevelCondition {

    @Override
    public String describe() {
        return "exact";
    }
}

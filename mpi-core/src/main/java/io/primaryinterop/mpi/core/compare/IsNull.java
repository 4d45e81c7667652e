package io.primaryinterop.mpi.core.compare;

/** Either side unknown (on any field the comparison reads): the null level, weight 0. */
public record IsNull() implements LevelCondition {

    @Override
    public String describe() {
        return "null";
    }
}

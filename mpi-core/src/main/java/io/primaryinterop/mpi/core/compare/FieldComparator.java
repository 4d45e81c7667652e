package io.primaryinterop.mpi.core.compare;

/** A string similarity in [0, 1] (1 = identical) between two non-null normalized values. */
@FunctionalInterface
public interface FieldComparator {
    double similarity(String a, String b);
}

package io.primaryinterop.mpi.blocking;

/**
 * One record's normalized values, looked up by canonical field name (see {@link Fields}).
 * Normalized means: upper-case ASCII, single spaces, dates {@code yyyy-MM-dd}; {@code null} = unknown.
 */
@FunctionalInterface
public interface FieldValues {
  String value(String field);
}

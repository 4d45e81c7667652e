package io.primaryinterop.mpi.blocking;

/**
 * Many records' normalized values, addressed by row (0 .. size-1) and canonical field name.
 * The index reads each (row, field) a few times from several threads at once, so an implementation
 * must allow concurrent reads (an immutable table does).
 */
public interface BlockingTable {
  int size();

  /** The normalized value, or {@code null} when unknown. */
  String value(int row, String field);
}

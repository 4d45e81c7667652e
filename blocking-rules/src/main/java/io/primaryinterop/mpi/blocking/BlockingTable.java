package io.primaryinterop.mpi.blocking;

/**
 * Many records' normalized values, addressed by row (0 .. size-1) and canonical field name.
 * The index reads each (row, field) a few times from several threads at once, so an implementation
 * must allow concurrent reads (an immutable table does).
 *
 * <p>A dictionary-encoded table should also implement {@link #codes} and {@link #dictionarySize}: the
 * index then computes each key function once per distinct value and groups plain fields by code,
 * without hashing a single string (several times faster on a million rows).
 */
public interface BlockingTable {
  int size();

  /** The normalized value, or {@code null} when unknown. */
  String value(int row, String field);

  /**
   * Optional: the field's dictionary codes by row (shared, read-only), with equal codes exactly for
   * equal values, codes in {@code [0, dictionarySize(field))} and any negative code for unknown;
   * {@code null} when the table has no codes for the field.
   */
  default int[] codes(String field) {
    return null;
  }

  /** Optional: the number of distinct codes of the field; negative when {@link #codes} gives none. */
  default int dictionarySize(String field) {
    return -1;
  }
}

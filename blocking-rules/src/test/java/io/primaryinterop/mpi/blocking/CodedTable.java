package io.primaryinterop.mpi.blocking;

import java.util.HashMap;
import java.util.Map;

/** A test table that also offers dictionary codes, like a dictionary-encoded patient table. */
final class CodedTable implements BlockingTable {
  private final BlockingTable values;
  private final Map<String, int[]> codes = new HashMap<>();
  private final Map<String, Integer> sizes = new HashMap<>();

  CodedTable(BlockingTable values) {
    this(values, 1);
  }

  /** Codes multiplied by {@code spread}: a sparse, huge dictionary, to push keys past 63 bits. */
  CodedTable(BlockingTable values, int spread) {
    this.values = values;
    for (String field : Fields.CANONICAL) {
      Map<String, Integer> dictionary = new HashMap<>();
      int[] column = new int[values.size()];
      for (int row = 0; row < values.size(); row++) {
        String value = values.value(row, field);
        column[row] = value == null || value.isEmpty() ? -1
            : dictionary.computeIfAbsent(value, v -> dictionary.size()) * spread;
      }
      codes.put(field, column);
      sizes.put(field, dictionary.size() * spread);
    }
  }

  @Override
  public int size() {
    return values.size();
  }

  @Override
  public String value(int row, String field) {
    return values.value(row, field);
  }

  @Override
  public int[] codes(String field) {
    return codes.get(field);
  }

  @Override
  public int dictionarySize(String field) {
    return sizes.get(field);
  }
}

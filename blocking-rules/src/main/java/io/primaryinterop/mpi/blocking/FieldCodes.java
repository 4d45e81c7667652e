package io.primaryinterop.mpi.blocking;

import java.util.Objects;
import org.eclipse.collections.impl.map.mutable.primitive.ObjectIntHashMap;

/**
 * One field's dictionary codes by row: equal codes exactly for equal values, -1 (any negative) for
 * unknown. Taken from the table when it has them; otherwise made here once per field, so that every
 * rule reading the field shares one pass of string hashing.
 *
 * @param codes          code per row
 * @param dictionarySize codes are in [0, dictionarySize)
 */
record FieldCodes(int[] codes, int dictionarySize) {
  FieldCodes {
    Objects.requireNonNull(codes, "codes");
    if (dictionarySize < 0) {
      throw new IllegalArgumentException("dictionarySize must be >= 0: " + dictionarySize);
    }
  }

  static FieldCodes of(BlockingTable table, String field) {
    int[] given = table.codes(field);
    int size = table.dictionarySize(field);
    if (given != null && size >= 0 && given.length >= table.size()) {
      return new FieldCodes(given, size);
    }
    int rows = table.size();
    int[] codes = new int[rows];
    ObjectIntHashMap<String> dictionary = new ObjectIntHashMap<>();
    for (int row = 0; row < rows; row++) {
      String value = table.value(row, field);
      if (value == null || value.isEmpty()) {
        codes[row] = -1;
      } else {
        int code = dictionary.getIfAbsent(value, -1);
        if (code < 0) {
          code = dictionary.size();
          dictionary.put(value, code);
        }
        codes[row] = code;
      }
    }
    return new FieldCodes(codes, dictionary.size());
  }
}

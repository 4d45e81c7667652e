package io.primaryinterop.mpi.blocking;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.collections.impl.map.mutable.primitive.LongIntHashMap;
import org.eclipse.collections.impl.map.mutable.primitive.ObjectIntHashMap;

/**
 * Computes one rule's key for every row of a table as a dense key id (-1 = no key), without building
 * key strings: each term's key function runs once per distinct value (memoized by dictionary code),
 * and the parts of a multi-term key are packed into one long and interned.
 */
final class RuleKeyColumn {
  private static final int NOT_SEEN = Integer.MIN_VALUE;

  private RuleKeyColumn() {
  }

  /** Key ids per row, and how many distinct keys there are (ids are in [0, distinctKeys)). */
  record Result(int[] keyIds, int distinctKeys) {
  }

  static Result compute(BlockingRule rule, BlockingTable table, Map<String, FieldCodes> columns) {
    List<Term> terms = rule.terms();
    TermParts[] parts = new TermParts[terms.size()];
    int bits = 0;
    for (int t = 0; t < parts.length; t++) {
      parts[t] = new TermParts(terms.get(t), table, columns);
      bits += parts[t].bits();
    }
    int rows = table.size();
    int[] keyIds = new int[rows];
    if (parts.length == 1) {
      for (int row = 0; row < rows; row++) {
        keyIds[row] = parts[0].partId(row);
      }
      return new Result(keyIds, parts[0].distinctParts());
    }
    return bits <= 63 ? packed(parts, keyIds) : chained(parts, keyIds);
  }

  /** All part ids fit in one long: one map operation per row. */
  private static Result packed(TermParts[] parts, int[] keyIds) {
    LongIntHashMap ids = new LongIntHashMap(Math.min(keyIds.length, 1 << 20));
    for (int row = 0; row < keyIds.length; row++) {
      long packed = 0;
      int id = 0;
      for (int t = 0; t < parts.length && id >= 0; t++) {
        int part = parts[t].partId(row);
        if (part < 0) {
          id = -1;
        } else {
          packed = (packed << parts[t].bits()) | part;
        }
      }
      if (id >= 0) {
        id = ids.getIfAbsent(packed, NOT_SEEN);
        if (id == NOT_SEEN) {
          id = ids.size();
          ids.put(packed, id);
        }
      }
      keyIds[row] = id;
    }
    return new Result(keyIds, ids.size());
  }

  /** Too many bits for one long: intern (previous id, part id) term by term. */
  private static Result chained(TermParts[] parts, int[] keyIds) {
    LongIntHashMap[] combined = new LongIntHashMap[parts.length];
    for (int t = 1; t < parts.length; t++) {
      combined[t] = new LongIntHashMap();
    }
    for (int row = 0; row < keyIds.length; row++) {
      int id = parts[0].partId(row);
      for (int t = 1; t < parts.length && id >= 0; t++) {
        int part = parts[t].partId(row);
        if (part < 0) {
          id = -1;
        } else {
          long pair = ((long) id << 32) | part;
          int existing = combined[t].getIfAbsent(pair, NOT_SEEN);
          if (existing == NOT_SEEN) {
            existing = combined[t].size();
            combined[t].put(pair, existing);
          }
          id = existing;
        }
      }
      keyIds[row] = id;
    }
    return new Result(keyIds, combined[parts.length - 1].size());
  }

  /**
   * One term over its fields' codes. A plain field's part id is its code; a function of one field is
   * memoized per code in an array, evaluated on the first row with that code; a term over several
   * fields is memoized per packed tuple of codes.
   */
  private static final class TermParts {
    private final Term term;
    private final BlockingTable table;
    private final int[][] codes;
    private final int[] codeBits;
    private final int bound;
    private final int[] partByCode;
    private final LongIntHashMap partByCodes;
    private final ObjectIntHashMap<String> byPart;
    private int nextId;

    TermParts(Term term, BlockingTable table, Map<String, FieldCodes> columns) {
      this.term = term;
      this.table = table;
      List<String> fields = term.fields();
      this.codes = new int[fields.size()][];
      this.codeBits = new int[fields.size()];
      long tuples = 1;
      int bits = 0;
      for (int f = 0; f < codes.length; f++) {
        FieldCodes column = columns.get(fields.get(f));
        codes[f] = column.codes();
        codeBits[f] = bitsFor(column.dictionarySize());
        bits += codeBits[f];
        tuples = Math.min((long) Integer.MAX_VALUE, tuples * Math.max(1, column.dictionarySize()));
      }
      boolean plainField = term.chain().isEmpty() && codes.length == 1;
      boolean oneField = codes.length == 1;
      // Part ids are below the dictionary size for a plain field (they are its codes); otherwise below
      // the number of distinct inputs met, which the code tuples and the rows both bound.
      this.bound = plainField ? (int) tuples : (int) Math.min(tuples, Math.max(1, table.size()));
      this.partByCode = oneField && !plainField ? filled(columns.get(fields.get(0)).dictionarySize()) : null;
      this.partByCodes = !oneField && bits <= 63 ? new LongIntHashMap() : null;
      this.byPart = plainField ? null : new ObjectIntHashMap<>();
      this.nextId = plainField ? bound : 0;
    }

    int partId(int row) {
      if (codes.length == 1) {
        int code = codes[0][row];
        if (code < 0) {
          return -1;
        }
        if (partByCode == null) {
          return code;
        }
        int id = partByCode[code];
        if (id == NOT_SEEN) {
          id = evaluate(row);
          partByCode[code] = id;
        }
        return id;
      }
      long packed = 0;
      for (int f = 0; f < codes.length; f++) {
        int code = codes[f][row];
        if (code < 0) {
          return -1;
        }
        packed = (packed << codeBits[f]) | code;
      }
      if (partByCodes == null) {
        return evaluate(row); // too many fields to pack: no memo, rare
      }
      int id = partByCodes.getIfAbsent(packed, NOT_SEEN);
      if (id == NOT_SEEN) {
        id = evaluate(row);
        partByCodes.put(packed, id);
      }
      return id;
    }

    /** Bits that hold any part id of this term. */
    int bits() {
      return bitsFor(bound);
    }

    int distinctParts() {
      return nextId;
    }

    private int evaluate(int row) {
      String part = term.evaluate(term.input(field -> table.value(row, field)));
      if (part == null) {
        return -1;
      }
      int id = byPart.getIfAbsent(part, NOT_SEEN);
      if (id == NOT_SEEN) {
        id = nextId++;
        byPart.put(part, id);
      }
      return id;
    }

    private static int bitsFor(int size) {
      return Math.max(1, 32 - Integer.numberOfLeadingZeros(size));
    }

    private static int[] filled(int size) {
      int[] array = new int[size];
      Arrays.fill(array, NOT_SEEN);
      return array;
    }
  }
}

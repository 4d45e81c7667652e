package io.primaryinterop.mpi.blocking;

import java.util.List;
import org.eclipse.collections.impl.map.mutable.primitive.LongIntHashMap;
import org.eclipse.collections.impl.map.mutable.primitive.ObjectIntHashMap;

/**
 * Computes one rule's key for every row of a table as a dense key id (-1 = no key), without building
 * key strings: each term's part is interned once per distinct input value, and the parts of a
 * multi-term key are combined as packed (previous id, part id) longs.
 */
final class RuleKeyColumn {
  private static final int NOT_SEEN = Integer.MIN_VALUE;

  private RuleKeyColumn() {
  }

  /** Key ids per row, and how many distinct keys there are. */
  record Result(int[] keyIds, int distinctKeys) {
  }

  static Result compute(BlockingRule rule, BlockingTable table) {
    List<Term> terms = rule.terms();
    TermParts[] parts = new TermParts[terms.size()];
    for (int t = 0; t < parts.length; t++) {
      parts[t] = new TermParts(terms.get(t), table);
    }
    LongIntHashMap[] combined = new LongIntHashMap[terms.size()];
    for (int t = 1; t < combined.length; t++) {
      combined[t] = new LongIntHashMap();
    }
    int rows = table.size();
    int[] keyIds = new int[rows];
    for (int row = 0; row < rows; row++) {
      int id = parts[0].partId(row);
      for (int t = 1; t < parts.length && id >= 0; t++) {
        int part = parts[t].partId(row);
        if (part < 0) {
          id = -1;
        } else {
          long packed = ((long) id << 32) | part;
          int existing = combined[t].getIfAbsent(packed, NOT_SEEN);
          if (existing == NOT_SEEN) {
            existing = combined[t].size();
            combined[t].put(packed, existing);
          }
          id = existing;
        }
      }
      keyIds[row] = id;
    }
    int distinct = parts.length == 1 ? parts[0].distinctParts() : combined[parts.length - 1].size();
    return new Result(keyIds, distinct);
  }

  /**
   * One term's memo. With dictionary codes: code -> part id in an array (a plain field's part id is
   * its code). Without: input value -> part id, and part string -> part id, in hash maps.
   */
  private static final class TermParts {
    private final Term term;
    private final BlockingTable table;
    private final int[] codes;
    private final int[] partByCode;
    private final ObjectIntHashMap<String> byInput;
    private final ObjectIntHashMap<String> byPart;
    private int nextId;

    TermParts(Term term, BlockingTable table) {
      this.term = term;
      this.table = table;
      int[] columnCodes = table.codes(term.field());
      int dictionarySize = table.dictionarySize(term.field());
      boolean coded = columnCodes != null && dictionarySize >= 0 && columnCodes.length >= table.size();
      boolean plain = term.chain().isEmpty();
      this.codes = coded ? columnCodes : null;
      this.partByCode = coded && !plain ? filled(dictionarySize) : null;
      this.byInput = coded ? null : new ObjectIntHashMap<>();
      // A plain field's part is its input (or its code): no second map.
      this.byPart = plain ? null : new ObjectIntHashMap<>();
      this.nextId = coded && plain ? dictionarySize : 0;
    }

    int partId(int row) {
      if (codes != null) {
        int code = codes[row];
        if (code < 0) {
          return -1;
        }
        if (partByCode == null) {
          return code;
        }
        int id = partByCode[code];
        if (id == NOT_SEEN) {
          id = intern(term.evaluate(table.value(row, term.field())));
          partByCode[code] = id;
        }
        return id;
      }
      String input = table.value(row, term.field());
      if (input == null) {
        return -1;
      }
      int id = byInput.getIfAbsent(input, NOT_SEEN);
      if (id == NOT_SEEN) {
        id = byPart == null ? (term.evaluate(input) == null ? -1 : nextId++) : intern(term.evaluate(input));
        byInput.put(input, id);
      }
      return id;
    }

    private int intern(String part) {
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

    int distinctParts() {
      return nextId;
    }

    private static int[] filled(int size) {
      int[] array = new int[size];
      java.util.Arrays.fill(array, NOT_SEEN);
      return array;
    }
  }
}

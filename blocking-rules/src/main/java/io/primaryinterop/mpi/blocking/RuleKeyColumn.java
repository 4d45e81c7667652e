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
      parts[t] = new TermParts(terms.get(t));
    }
    LongIntHashMap[] combined = new LongIntHashMap[terms.size()];
    for (int t = 1; t < combined.length; t++) {
      combined[t] = new LongIntHashMap();
    }
    int rows = table.size();
    int[] keyIds = new int[rows];
    for (int row = 0; row < rows; row++) {
      int id = parts[0].partId(table.value(row, terms.get(0).field()));
      for (int t = 1; t < parts.length && id >= 0; t++) {
        int part = parts[t].partId(table.value(row, terms.get(t).field()));
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

  /** One term's memo: input value -> part id, and part string -> part id. */
  private static final class TermParts {
    private final Term term;
    private final ObjectIntHashMap<String> byInput = new ObjectIntHashMap<>();
    private final ObjectIntHashMap<String> byPart;
    private int nextId;

    TermParts(Term term) {
      this.term = term;
      // A plain field's part is its input: one map is enough.
      this.byPart = term.chain().isEmpty() ? null : new ObjectIntHashMap<>();
    }

    int partId(String input) {
      if (input == null) {
        return -1;
      }
      int id = byInput.getIfAbsent(input, NOT_SEEN);
      if (id != NOT_SEEN) {
        return id;
      }
      String part = term.evaluate(input);
      if (part == null) {
        id = -1;
      } else if (byPart == null) {
        id = nextId++;
      } else {
        id = byPart.getIfAbsent(part, NOT_SEEN);
        if (id == NOT_SEEN) {
          id = nextId++;
          byPart.put(part, id);
        }
      }
      byInput.put(input, id);
      return id;
    }

    int distinctParts() {
      return nextId;
    }
  }
}

package io.primaryinterop.mpi.blocking;

/**
 * One rule's blocks as flat arrays (no object per block): the rows of block k are
 * {@code rows[start[k] .. start[k+1])}, ascending; block k is the rows with key id k. In LINK_ONLY
 * the side-0 rows of a block come first and {@code split[k]} is where its side-1 rows begin.
 */
final class RuleBlocks {
  final int rule;
  final int[] start;
  final int[] split;
  final int[] rows;
  /** Per key id: the block is oversized and yields nothing under this rule; null when none is. */
  final boolean[] skipped;
  final int[] oversized;
  /** The blocks that hold at least one pair, ascending: the only ones pair loops visit. */
  final int[] pairBlocks;

  private RuleBlocks(int rule, int[] start, int[] split, int[] rows, boolean[] skipped, int[] oversized) {
    this.rule = rule;
    this.start = start;
    this.split = split;
    this.rows = rows;
    this.skipped = skipped;
    this.oversized = oversized;
    int withPairs = 0;
    for (int k = 0; k < start.length - 1; k++) {
      if (pairs(k) > 0) {
        withPairs++;
      }
    }
    this.pairBlocks = new int[withPairs];
    for (int k = 0, i = 0; k < start.length - 1; k++) {
      if (pairs(k) > 0) {
        pairBlocks[i++] = k;
      }
    }
  }

  /** Groups rows by key id with a counting sort; rows without a key (-1) are in no block. */
  static RuleBlocks group(int rule, int[] keyIds, int distinctKeys, BlockingOptions options) {
    boolean linkOnly = options.mode() == LinkMode.LINK_ONLY;
    int buckets = linkOnly ? 2 * distinctKeys : distinctKeys;
    int[] offset = new int[buckets + 1];
    for (int row = 0; row < keyIds.length; row++) {
      int id = keyIds[row];
      if (id >= 0) {
        offset[(linkOnly ? 2 * id + options.side(row) : id) + 1]++;
      }
    }
    for (int b = 0; b < buckets; b++) {
      offset[b + 1] += offset[b];
    }
    int[] rows = new int[offset[buckets]];
    int[] fill = offset.clone();
    for (int row = 0; row < keyIds.length; row++) {
      int id = keyIds[row];
      if (id >= 0) {
        rows[fill[linkOnly ? 2 * id + options.side(row) : id]++] = row;
      }
    }
    int[] start;
    int[] split = null;
    if (linkOnly) {
      start = new int[distinctKeys + 1];
      split = new int[distinctKeys];
      for (int k = 0; k < distinctKeys; k++) {
        start[k] = offset[2 * k];
        split[k] = offset[2 * k + 1];
      }
      start[distinctKeys] = offset[buckets];
    } else {
      start = offset;
    }
    int oversizedCount = 0;
    for (int k = 0; k < distinctKeys; k++) {
      if (start[k + 1] - start[k] > options.maxBlockSize()) {
        oversizedCount++;
      }
    }
    int[] oversized = new int[oversizedCount];
    boolean[] skipped = null;
    if (oversizedCount > 0) {
      boolean skip = options.oversized() != OversizedBlockStrategy.KEEP;
      skipped = skip ? new boolean[distinctKeys] : null;
      for (int k = 0, i = 0; k < distinctKeys; k++) {
        if (start[k + 1] - start[k] > options.maxBlockSize()) {
          oversized[i++] = k;
          if (skip) {
            skipped[k] = true;
          }
        }
      }
    }
    return new RuleBlocks(rule, start, split, rows, skipped, oversized);
  }

  int blockCount() {
    return start.length - 1;
  }

  int size(int block) {
    return start[block + 1] - start[block];
  }

  boolean isSkipped(int block) {
    return skipped != null && skipped[block];
  }

  /** Pairs the block holds under the link mode (whether or not it is skipped). */
  long pairs(int block) {
    if (split != null) {
      return (long) (split[block] - start[block]) * (start[block + 1] - split[block]);
    }
    long n = size(block);
    return n * (n - 1) / 2;
  }

  /** How many outer-loop positions the block's pair loop has (the unit big blocks are split by). */
  int outerCount(int block) {
    if (split != null) {
      return split[block] - start[block];
    }
    return Math.max(0, size(block) - 1);
  }

  /** Pairs in outer positions [0, outer) of the block's loop. */
  long pairsBefore(int block, int outer) {
    if (split != null) {
      return (long) outer * (start[block + 1] - split[block]);
    }
    long n = size(block);
    // Position p pairs with the n-1-p rows after it.
    return (long) outer * (n - 1) - (long) outer * (outer - 1) / 2;
  }
}

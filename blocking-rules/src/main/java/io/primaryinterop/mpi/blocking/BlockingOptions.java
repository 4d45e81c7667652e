package io.primaryinterop.mpi.blocking;

import java.util.Objects;

/**
 * How an index turns blocks into pairs.
 *
 * @param mode         which pairs are wanted
 * @param sideOfRow    0 or 1 per row, for the link modes; ignored (may be null) for DEDUPE
 * @param maxBlockSize blocks with more rows than this are oversized (reported, then handled by {@code oversized})
 * @param oversized    what to do with an oversized block
 */
public record BlockingOptions(LinkMode mode, int[] sideOfRow, int maxBlockSize, OversizedBlockStrategy oversized) {
  /** Default cap: a block of 5,000 rows alone holds 12.5 million pairs. */
  public static final int DEFAULT_MAX_BLOCK_SIZE = 5_000;

  public BlockingOptions {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(oversized, "oversized");
    if (maxBlockSize < 2) {
      throw new IllegalArgumentException("maxBlockSize must be >= 2: " + maxBlockSize);
    }
    if (mode == LinkMode.DEDUPE) {
      sideOfRow = null;
    } else {
      Objects.requireNonNull(sideOfRow, () -> "sideOfRow is required for " + mode);
      sideOfRow = sideOfRow.clone();
      for (int row = 0; row < sideOfRow.length; row++) {
        if (sideOfRow[row] != 0 && sideOfRow[row] != 1) {
          throw new IllegalArgumentException("sideOfRow[" + row + "] must be 0 or 1: " + sideOfRow[row]);
        }
      }
    }
  }

  /** One data set, default cap, oversized blocks skipped and reported. */
  public static BlockingOptions dedupe() {
    return new BlockingOptions(LinkMode.DEDUPE, null, DEFAULT_MAX_BLOCK_SIZE, OversizedBlockStrategy.SKIP);
  }

  /** Two data sets, only cross-side pairs; {@code sideOfRow[row]} is 0 or 1. */
  public static BlockingOptions linkOnly(int[] sideOfRow) {
    return new BlockingOptions(LinkMode.LINK_ONLY, sideOfRow, DEFAULT_MAX_BLOCK_SIZE, OversizedBlockStrategy.SKIP);
  }

  /** Two data sets, all pairs. */
  public static BlockingOptions linkAndDedupe(int[] sideOfRow) {
    return new BlockingOptions(LinkMode.LINK_AND_DEDUPE, sideOfRow, DEFAULT_MAX_BLOCK_SIZE,
        OversizedBlockStrategy.SKIP);
  }

  public BlockingOptions withMaxBlockSize(int max) {
    return new BlockingOptions(mode, sideOfRow, max, oversized);
  }

  public BlockingOptions withOversized(OversizedBlockStrategy strategy) {
    return new BlockingOptions(mode, sideOfRow, maxBlockSize, strategy);
  }

  /** A copy: the options stay immutable. */
  @Override
  public int[] sideOfRow() {
    return sideOfRow == null ? null : sideOfRow.clone();
  }

  /** The side of one row without copying (0 in DEDUPE). */
  int side(int row) {
    return sideOfRow == null ? 0 : sideOfRow[row];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BlockingOptions other && mode == other.mode && maxBlockSize == other.maxBlockSize
        && oversized == other.oversized && java.util.Arrays.equals(sideOfRow, other.sideOfRow);
  }

  @Override
  public int hashCode() {
    return Objects.hash(mode, maxBlockSize, oversized, java.util.Arrays.hashCode(sideOfRow));
  }

  @Override
  public String toString() {
    return "BlockingOptions[mode=" + mode + ", rows with side=" + (sideOfRow == null ? 0 : sideOfRow.length)
        + ", maxBlockSize=" + maxBlockSize + ", oversized=" + oversized + "]";
  }
}

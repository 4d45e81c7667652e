package io.primaryinterop.mpi.blocking;

/**
 * What happens to a block with more rows than {@link BlockingOptions#maxBlockSize()}. Whatever is chosen,
 * every such block is reported by {@link BlockingIndex#oversizedBlocks()} (rule, key, size): never silent.
 */
public enum OversizedBlockStrategy {
  /**
   * The block yields no pairs under this rule. Its pairs stay reachable through the other rules
   * (a later rule is not told the pair was "already produced" by a skipped block).
   */
  SKIP,
  /** The block yields all its pairs anyway; the cap only reports. */
  KEEP,
  /** Generating pairs throws {@link OversizedBlocksException} listing the blocks; counts stay readable. */
  FAIL
}

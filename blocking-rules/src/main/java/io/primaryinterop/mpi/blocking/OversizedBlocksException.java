package io.primaryinterop.mpi.blocking;

import java.util.List;

/** Thrown under {@link OversizedBlockStrategy#FAIL} before any pair is produced. */
public final class OversizedBlocksException extends RuntimeException {
  private final transient List<OversizedBlock> blocks;

  public OversizedBlocksException(int maxBlockSize, List<OversizedBlock> blocks) {
    super(message(maxBlockSize, blocks));
    this.blocks = List.copyOf(blocks);
  }

  public List<OversizedBlock> blocks() {
    return blocks;
  }

  private static String message(int maxBlockSize, List<OversizedBlock> blocks) {
    StringBuilder s = new StringBuilder()
        .append(blocks.size()).append(" block(s) exceed maxBlockSize ").append(maxBlockSize)
        .append(" (rule index, rule, size):");
    // Sizes and rules only: the keys are patient data and exception messages end up in logs.
    blocks.stream().limit(20).forEach(b -> s.append("\n  ").append(b.ruleIndex()).append(", ")
        .append(b.rule()).append(", ").append(b.size()));
    if (blocks.size() > 20) {
      s.append("\n  ... ").append(blocks.size() - 20).append(" more");
    }
    return s.toString();
  }
}

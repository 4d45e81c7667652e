package io.primaryinterop.mpi.blocking;

import java.util.Objects;

/**
 * How many candidate pairs one rule yields on a data set.
 *
 * @param ruleIndex              index of the rule in its rule set
 * @param rule                   the rule's canonical text
 * @param rowsWithKey            rows for which the rule gives a key
 * @param blocks                 blocks that hold at least one pair
 * @param largestBlock           rows in the largest block
 * @param pairs                  pairs the rule yields on its own (oversized blocks counted only when kept)
 * @param newPairs               of those, pairs no earlier rule yielded; -1 when not computed
 *                               ({@link BlockingIndex#pairTotals()})
 * @param oversizedBlocks        blocks over the cap
 * @param pairsInOversizedBlocks pairs inside those blocks (not yielded under SKIP / FAIL)
 */
public record RulePairCount(int ruleIndex, String rule, long rowsWithKey, long blocks, int largestBlock,
                            long pairs, long newPairs, long oversizedBlocks, long pairsInOversizedBlocks) {
  public RulePairCount {
    Objects.requireNonNull(rule, "rule");
    if (pairs < 0 || newPairs < -1 || newPairs > pairs) {
      throw new IllegalArgumentException("bad pair counts for rule " + ruleIndex + ": pairs " + pairs
          + ", new " + newPairs);
    }
  }

  /** True when {@link #newPairs()} holds the exact figure. */
  public boolean newPairsKnown() {
    return newPairs >= 0;
  }
}

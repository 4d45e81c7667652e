package io.primaryinterop.mpi.blocking;

import java.util.ArrayList;
import java.util.List;

/**
 * A share of one rule's pair loop for one thread: the blocks at positions {@code [firstBlock, endBlock)}
 * of {@link RuleBlocks#pairBlocks} ({@code outerFrom < 0}), or outer positions {@code [outerFrom, outerTo)}
 * of the one big block at position {@code firstBlock}.
 */
record PairTask(int rule, int firstBlock, int endBlock, int outerFrom, int outerTo) {

  /** Cuts all rules' pairs into about {@code taskCount} tasks of similar pair counts, in rule and block order. */
  static List<PairTask> plan(RuleBlocks[] blocks, int taskCount) {
    long total = 0;
    for (RuleBlocks ruleBlocks : blocks) {
      for (int block : ruleBlocks.pairBlocks) {
        if (!ruleBlocks.isSkipped(block)) {
          total += ruleBlocks.pairs(block);
        }
      }
    }
    long target = Math.max(1, total / Math.max(1, taskCount));
    List<PairTask> tasks = new ArrayList<>();
    for (RuleBlocks ruleBlocks : blocks) {
      int first = 0;
      long gathered = 0;
      int positions = ruleBlocks.pairBlocks.length;
      for (int at = 0; at < positions; at++) {
        int block = ruleBlocks.pairBlocks[at];
        long pairs = ruleBlocks.isSkipped(block) ? 0 : ruleBlocks.pairs(block);
        if (pairs > target) {
          if (at > first) {
            tasks.add(new PairTask(ruleBlocks.rule, first, at, -1, -1));
          }
          splitBlock(ruleBlocks, at, target, tasks);
          first = at + 1;
          gathered = 0;
          continue;
        }
        gathered += pairs;
        if (gathered >= target) {
          tasks.add(new PairTask(ruleBlocks.rule, first, at + 1, -1, -1));
          first = at + 1;
          gathered = 0;
        }
      }
      if (first < positions) {
        tasks.add(new PairTask(ruleBlocks.rule, first, positions, -1, -1));
      }
    }
    return tasks;
  }

  /** Splits one big block's outer loop into runs of about {@code target} pairs each. */
  private static void splitBlock(RuleBlocks ruleBlocks, int at, long target, List<PairTask> tasks) {
    int block = ruleBlocks.pairBlocks[at];
    int outer = ruleBlocks.outerCount(block);
    int from = 0;
    while (from < outer) {
      // Binary search the end of this run: the first position whose prefix reaches the target.
      long base = ruleBlocks.pairsBefore(block, from);
      int lo = from + 1;
      int hi = outer;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (ruleBlocks.pairsBefore(block, mid) - base >= target) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      tasks.add(new PairTask(ruleBlocks.rule, at, at + 1, from, lo));
      from = lo;
    }
  }
}

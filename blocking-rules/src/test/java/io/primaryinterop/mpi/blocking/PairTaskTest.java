package io.primaryinterop.mpi.blocking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class PairTaskTest {
  @Property
  void tasksCoverEveryOuterPositionOfEveryBlockOnce(
      @ForAll @Size(max = 30) List<@IntRange(min = -1, max = 6) Integer> keys,
      @ForAll @IntRange(min = 1, max = 40) int taskCount) {
    int[] keyIds = keys.stream().mapToInt(Integer::intValue).toArray();
    int distinct = keys.stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
    RuleBlocks blocks = RuleBlocks.group(0, keyIds, distinct, BlockingOptions.dedupe().withMaxBlockSize(1000));
    int[][] covered = new int[distinct][];
    for (int block = 0; block < distinct; block++) {
      covered[block] = new int[blocks.outerCount(block)];
    }
    for (PairTask task : PairTask.plan(new RuleBlocks[] {blocks}, taskCount)) {
      for (int at = task.firstBlock(); at < task.endBlock(); at++) {
        int block = blocks.pairBlocks[at];
        int from = task.outerFrom() < 0 ? 0 : task.outerFrom();
        int to = task.outerFrom() < 0 ? blocks.outerCount(block) : task.outerTo();
        for (int p = from; p < to; p++) {
          covered[block][p]++;
        }
      }
    }
    for (int[] block : covered) {
      for (int times : block) {
        assertEquals(1, times);
      }
    }
  }

  @Property
  void pairsBeforeCountsTheOuterLoop(@ForAll @IntRange(min = 0, max = 50) int n,
                                     @ForAll @IntRange(min = 0, max = 50) int outer) {
    int[] keyIds = new int[n];
    RuleBlocks blocks = RuleBlocks.group(0, keyIds, n == 0 ? 0 : 1, BlockingOptions.dedupe().withMaxBlockSize(1000));
    if (n == 0) {
      return;
    }
    int positions = Math.min(outer, blocks.outerCount(0));
    long expected = 0;
    for (int p = 0; p < positions; p++) {
      expected += n - 1 - p;
    }
    assertEquals(expected, blocks.pairsBefore(0, positions));
    assertEquals(blocks.pairs(0), blocks.pairsBefore(0, blocks.outerCount(0)));
  }
}

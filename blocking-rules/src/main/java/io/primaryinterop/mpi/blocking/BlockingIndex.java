package io.primaryinterop.mpi.blocking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Every rule's blocks over one table, built once ({@link BlockingRuleSet#index}); produces candidate pairs
 * as a stream of row indices, never holding them.
 *
 * <p>Cross-rule dedupe without a pair set: rule i yields pair (a, b) only if no earlier rule j &lt; i
 * yielded it, i.e. unless {@code keyId_j[a] == keyId_j[b] != -1} and rule j's block for that key was not
 * skipped as oversized. A pair in a skipped block is therefore still yielded by the first later rule
 * that puts a and b together, so skipping never hides a pair that another rule finds.
 */
public final class BlockingIndex {
  /** Parallel work is cut into about this many tasks per thread, so a thread that finishes early takes more. */
  private static final int TASKS_PER_THREAD = 8;

  private final List<BlockingRule> rules;
  private final BlockingOptions options;
  private final int rowCount;
  /** Row-major key ids: {@code keyIds[row * ruleCount + rule]}, -1 = no key; one cache line per row. */
  private final int[] keyIds;
  private final RuleBlocks[] blocks;
  private final List<OversizedBlock> oversizedBlocks;
  private final List<RulePairCount> totals;
  private volatile List<RulePairCount> exactCounts;

  private BlockingIndex(List<BlockingRule> rules, BlockingOptions options, int rowCount, int[] keyIds,
                        RuleBlocks[] blocks, List<OversizedBlock> oversizedBlocks) {
    this.rules = rules;
    this.options = options;
    this.rowCount = rowCount;
    this.keyIds = keyIds;
    this.blocks = blocks;
    this.oversizedBlocks = List.copyOf(oversizedBlocks);
    this.totals = countTotals();
  }

  static BlockingIndex build(List<BlockingRule> rules, BlockingTable table, BlockingOptions options, int threads) {
    int rows = table.size();
    int ruleCount = rules.size();
    if (options.mode() != LinkMode.DEDUPE && options.sideOfRow().length != rows) {
      throw new IllegalArgumentException("sideOfRow has " + options.sideOfRow().length + " entries for "
          + rows + " rows");
    }
    if ((long) rows * ruleCount > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("too many rows x rules for one index: " + rows + " x " + ruleCount);
    }
    // Each field is dictionary-encoded once (or its codes taken from the table), shared by all rules.
    List<String> fields = rules.stream().flatMap(rule -> rule.fields().stream()).distinct().toList();
    FieldCodes[] fieldCodes = new FieldCodes[fields.size()];
    Workers.run(Math.min(threads, fields.size()), fields.size(),
        (worker, f) -> fieldCodes[f] = FieldCodes.of(table, fields.get(f)));
    Map<String, FieldCodes> codesByField = new HashMap<>();
    for (int f = 0; f < fields.size(); f++) {
      codesByField.put(fields.get(f), fieldCodes[f]);
    }
    int[][] columns = new int[ruleCount][];
    RuleBlocks[] blocks = new RuleBlocks[ruleCount];
    Workers.run(Math.min(threads, ruleCount), ruleCount, (worker, rule) -> {
      RuleKeyColumn.Result keys = RuleKeyColumn.compute(rules.get(rule), table, codesByField);
      columns[rule] = keys.keyIds();
      blocks[rule] = RuleBlocks.group(rule, keys.keyIds(), keys.distinctKeys(), options);
    });
    int[] keyIds = new int[rows * ruleCount];
    for (int rule = 0; rule < ruleCount; rule++) {
      int[] column = columns[rule];
      for (int row = 0, at = rule; row < rows; row++, at += ruleCount) {
        keyIds[at] = column[row];
      }
      columns[rule] = null;
    }
    List<OversizedBlock> oversized = new ArrayList<>();
    for (RuleBlocks ruleBlocks : blocks) {
      BlockingRule rule = rules.get(ruleBlocks.rule);
      for (int block : ruleBlocks.oversized) {
        int firstRow = ruleBlocks.rows[ruleBlocks.start[block]];
        String key = rule.key(field -> table.value(firstRow, field));
        oversized.add(new OversizedBlock(ruleBlocks.rule, rule.canonicalText(), key, ruleBlocks.size(block),
            ruleBlocks.pairs(block), options.oversized()));
      }
    }
    return new BlockingIndex(List.copyOf(rules), options, rows, keyIds, blocks, oversized);
  }

  public List<BlockingRule> rules() {
    return rules;
  }

  public BlockingOptions options() {
    return options;
  }

  /** Rows in the indexed table. */
  public int rowCount() {
    return rowCount;
  }

  /** Blocks over {@link BlockingOptions#maxBlockSize()}, by rule then key id, with how they were handled. */
  public List<OversizedBlock> oversizedBlocks() {
    return oversizedBlocks;
  }

  /**
   * Per rule, the pairs it yields on its own, cheaply (from block sizes); {@code newPairs} is -1 here.
   * Use it to judge a rule set before running it on a big table.
   */
  public List<RulePairCount> pairTotals() {
    return totals;
  }

  /**
   * Per rule, the pairs it yields and how many of them are new (yielded by no earlier rule). Exact: it
   * walks every candidate pair once (counting, not holding), on all processors; cached afterwards.
   */
  public List<RulePairCount> pairCounts() {
    List<RulePairCount> counts = exactCounts;
    if (counts == null) {
      int threads = Runtime.getRuntime().availableProcessors();
      long[][] perThread = new long[threads][rules.size()];
      walkParallel(threads, worker -> (left, right, rule) -> perThread[worker][rule]++);
      List<RulePairCount> exact = new ArrayList<>(rules.size());
      for (RulePairCount total : totals) {
        long fresh = 0;
        for (long[] counted : perThread) {
          fresh += counted[total.ruleIndex()];
        }
        exact.add(new RulePairCount(total.ruleIndex(), total.rule(), total.rowsWithKey(), total.blocks(),
            total.largestBlock(), total.pairs(), fresh, total.oversizedBlocks(), total.pairsInOversizedBlocks()));
      }
      counts = List.copyOf(exact);
      exactCounts = counts;
    }
    return counts;
  }

  /** How many pairs {@link #forEachPair} yields in all (exact; see {@link #pairCounts()}). */
  public long candidatePairCount() {
    return pairCounts().stream().mapToLong(RulePairCount::newPairs).sum();
  }

  /**
   * Yields every candidate pair exactly once, {@code left < right}, with the index of the first rule
   * that yields it; in rule order, then block order, on the caller's thread.
   *
   * @throws OversizedBlocksException under {@link OversizedBlockStrategy#FAIL} when any block is oversized,
   *                                  before any pair is yielded
   */
  public void forEachPair(PairSink sink) {
    failIfOversized();
    for (RuleBlocks ruleBlocks : blocks) {
      for (int block : ruleBlocks.pairBlocks) {
        if (!ruleBlocks.isSkipped(block)) {
          emit(ruleBlocks, block, 0, ruleBlocks.outerCount(block), sink);
        }
      }
    }
  }

  /**
   * Yields the same pairs as {@link #forEachPair}, split over {@code threads} threads (big blocks split by
   * rows). {@code sinkForThread} is called once for every thread number 0..threads-1, on the calling
   * thread, before any pair; thread t then feeds only sink t, so sinks need no locking (a thread may get
   * no pair at all). Returns when all pairs are yielded.
   *
   * @throws OversizedBlocksException as {@link #forEachPair}
   */
  public void forEachPairParallel(int threads, IntFunction<PairSink> sinkForThread) {
    failIfOversized();
    walkParallel(threads, sinkForThread);
  }

  private void walkParallel(int threads, IntFunction<PairSink> sinkForThread) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1: " + threads);
    }
    List<PairTask> tasks = PairTask.plan(blocks, threads * TASKS_PER_THREAD);
    PairSink[] sinks = new PairSink[threads];
    for (int thread = 0; thread < threads; thread++) {
      sinks[thread] = sinkForThread.apply(thread);
    }
    Workers.run(threads, tasks.size(), (worker, task) -> {
      PairSink sink = sinks[worker];
      PairTask t = tasks.get(task);
      RuleBlocks ruleBlocks = blocks[t.rule()];
      if (t.outerFrom() < 0) {
        for (int at = t.firstBlock(); at < t.endBlock(); at++) {
          int block = ruleBlocks.pairBlocks[at];
          if (!ruleBlocks.isSkipped(block)) {
            emit(ruleBlocks, block, 0, ruleBlocks.outerCount(block), sink);
          }
        }
      } else {
        emit(ruleBlocks, ruleBlocks.pairBlocks[t.firstBlock()], t.outerFrom(), t.outerTo(), sink);
      }
    });
  }

  private void failIfOversized() {
    if (options.oversized() == OversizedBlockStrategy.FAIL && !oversizedBlocks.isEmpty()) {
      throw new OversizedBlocksException(options.maxBlockSize(), oversizedBlocks);
    }
  }

  /** Yields the pairs of outer positions [outerFrom, outerTo) of one block that no earlier rule yielded. */
  private void emit(RuleBlocks ruleBlocks, int block, int outerFrom, int outerTo, PairSink sink) {
    int rule = ruleBlocks.rule;
    int[] rows = ruleBlocks.rows;
    int start = ruleBlocks.start[block];
    int end = ruleBlocks.start[block + 1];
    if (ruleBlocks.split != null) {
      int split = ruleBlocks.split[block];
      for (int p = start + outerFrom; p < start + outerTo; p++) {
        int a = rows[p];
        for (int q = split; q < end; q++) {
          int b = rows[q];
          int left = Math.min(a, b);
          int right = Math.max(a, b);
          if (rule == 0 || !yieldedEarlier(rule, left, right)) {
            sink.accept(left, right, rule);
          }
        }
      }
      return;
    }
    for (int p = start + outerFrom; p < start + outerTo; p++) {
      int a = rows[p];
      for (int q = p + 1; q < end; q++) {
        int b = rows[q];
        if (rule == 0 || !yieldedEarlier(rule, a, b)) {
          sink.accept(a, b, rule);
        }
      }
    }
  }

  /** True when an earlier rule puts a and b in one block that it did not skip. */
  private boolean yieldedEarlier(int rule, int a, int b) {
    int ruleCount = blocks.length;
    int atA = a * ruleCount;
    int atB = b * ruleCount;
    for (int j = 0; j < rule; j++) {
      int key = keyIds[atA + j];
      if (key >= 0 && key == keyIds[atB + j] && !blocks[j].isSkipped(key)) {
        return true;
      }
    }
    return false;
  }

  private List<RulePairCount> countTotals() {
    List<RulePairCount> counts = new ArrayList<>(blocks.length);
    for (RuleBlocks ruleBlocks : blocks) {
      long withPairs = 0;
      int largest = 0;
      long pairs = 0;
      long oversizedPairs = 0;
      for (int block = 0; block < ruleBlocks.blockCount(); block++) {
        long blockPairs = ruleBlocks.pairs(block);
        largest = Math.max(largest, ruleBlocks.size(block));
        if (blockPairs > 0) {
          withPairs++;
          if (ruleBlocks.isSkipped(block)) {
            oversizedPairs += blockPairs;
          } else {
            pairs += blockPairs;
          }
        }
      }
      if (!oversizedBlocks.isEmpty() && ruleBlocks.skipped == null) {
        for (int block : ruleBlocks.oversized) {
          oversizedPairs += ruleBlocks.pairs(block);
        }
      }
      counts.add(new RulePairCount(ruleBlocks.rule, rules.get(ruleBlocks.rule).canonicalText(),
          ruleBlocks.rows.length, withPairs, largest, pairs, -1, ruleBlocks.oversized.length, oversizedPairs));
    }
    return List.copyOf(counts);
  }
}

package io.primaryinterop.mpi.blocking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class BlockingIndexTest {
  private static final List<String> RULE_POOL = List.of(
      "soundex(family_name)", "dob", "first(given_name, 1) & year(dob)", "family_name & given_name",
      "dmetaphone(given_name)", "initials(given_name) & month(birth_date)",
      "sorted_tokens(given_name + family_name)");

  /** One synthetic row: few distinct values so that blocks overlap across rules. */
  record Row(String given, String family, String dob, int side) {
    Map<String, String> values() {
      Map<String, String> m = new HashMap<>();
      m.put("given_name", given);
      m.put("family_name", family);
      m.put("birth_date", dob);
      return m;
    }
  }

  @Provide
  Arbitrary<List<Row>> tables() {
    Arbitrary<String> given = Arbitraries.of("ANN", "ANNE", "BOB", "ROBERT", "").injectNull(0.15);
    Arbitrary<String> family = Arbitraries.of("SMITH", "SMYTH", "JONES", "JOHNS", "O BRIEN").injectNull(0.15);
    Arbitrary<String> dob = Arbitraries.of("1970-01-02", "1970-02-02", "1981-01-02", "BAD").injectNull(0.15);
    Arbitrary<Integer> side = Arbitraries.integers().between(0, 1);
    return Combinators.combine(given, family, dob, side).as(Row::new).list().ofMinSize(0).ofMaxSize(40);
  }

  @Provide
  Arbitrary<List<String>> ruleLists() {
    return Arbitraries.of(RULE_POOL).list().uniqueElements().ofMinSize(1).ofMaxSize(4);
  }

  @Provide
  Arbitrary<LinkMode> modes() {
    return Arbitraries.of(LinkMode.class);
  }

  @Provide
  Arbitrary<OversizedBlockStrategy> yieldingStrategies() {
    return Arbitraries.of(OversizedBlockStrategy.SKIP, OversizedBlockStrategy.KEEP);
  }

  @Property(tries = 300)
  void yieldsExactlyThePairsSharingAKeyOnceEachByTheFirstRule(
      @ForAll("tables") List<Row> rows, @ForAll("ruleLists") List<String> ruleTexts, @ForAll("modes") LinkMode mode,
      @ForAll @IntRange(min = 2, max = 12) int maxBlockSize,
      @ForAll("yieldingStrategies") OversizedBlockStrategy strategy, @ForAll boolean coded) {
    BlockingRuleSet set = BlockingRuleSet.of(ruleTexts);
    BlockingOptions options = options(rows, mode, maxBlockSize, strategy);
    BlockingTable table = coded ? new CodedTable(table(rows)) : table(rows);
    BlockingIndex index = set.index(table, options);

    Map<Long, Integer> actual = new HashMap<>();
    index.forEachPair((left, right, rule) -> {
      assertTrue(left < right, () -> left + " >= " + right);
      Integer before = actual.put(pack(left, right), rule);
      assertEquals(null, before, () -> "pair " + left + "," + right + " yielded twice");
    });
    assertEquals(bruteForce(rows, set, options), actual);
  }

  @Property(tries = 200)
  void parallelYieldsTheSamePairsAsSequential(
      @ForAll("tables") List<Row> rows, @ForAll("ruleLists") List<String> ruleTexts, @ForAll("modes") LinkMode mode,
      @ForAll @IntRange(min = 1, max = 5) int threads, @ForAll @IntRange(min = 2, max = 12) int maxBlockSize) {
    BlockingIndex index = BlockingRuleSet.of(ruleTexts)
        .index(table(rows), options(rows, mode, maxBlockSize, OversizedBlockStrategy.SKIP), threads);
    Map<Long, Integer> sequential = new HashMap<>();
    index.forEachPair((left, right, rule) -> sequential.put(pack(left, right), rule));

    List<Map<Long, Integer>> perThread = Collections.synchronizedList(new ArrayList<>());
    List<Integer> asked = new ArrayList<>();
    index.forEachPairParallel(threads, thread -> {
      asked.add(thread);
      Map<Long, Integer> mine = new HashMap<>();
      perThread.add(mine);
      return (left, right, rule) -> assertEquals(null, mine.put(pack(left, right), rule));
    });
    assertEquals(java.util.stream.IntStream.range(0, threads).boxed().toList(), asked, "one sink per thread number");
    Map<Long, Integer> merged = new HashMap<>();
    int total = 0;
    for (Map<Long, Integer> mine : perThread) {
      merged.putAll(mine);
      total += mine.size();
    }
    assertEquals(sequential, merged);
    assertEquals(sequential.size(), total, "a pair went to two threads");
  }

  @Property(tries = 200)
  void pairCountsMatchThePairsYielded(
      @ForAll("tables") List<Row> rows, @ForAll("ruleLists") List<String> ruleTexts, @ForAll("modes") LinkMode mode,
      @ForAll @IntRange(min = 2, max = 12) int maxBlockSize) {
    BlockingRuleSet set = BlockingRuleSet.of(ruleTexts);
    BlockingOptions options = options(rows, mode, maxBlockSize, OversizedBlockStrategy.SKIP);
    BlockingIndex index = set.index(table(rows), options);
    long[] perRule = new long[ruleTexts.size()];
    index.forEachPair((left, right, rule) -> perRule[rule]++);

    List<RulePairCount> counts = index.pairCounts();
    for (int rule = 0; rule < ruleTexts.size(); rule++) {
      RulePairCount count = counts.get(rule);
      assertEquals(perRule[rule], count.newPairs(), "new pairs of rule " + rule);
      assertEquals(ownPairs(rows, set.rules().get(rule), options), count.pairs(), "pairs of rule " + rule);
      assertEquals(count.pairs(), index.pairTotals().get(rule).pairs());
      assertEquals(-1, index.pairTotals().get(rule).newPairs());
    }
    assertEquals(java.util.Arrays.stream(perRule).sum(), index.candidatePairCount());
  }

  @Property(tries = 200)
  void reportsEveryBlockOverTheCapByRuleKeyAndSize(
      @ForAll("tables") List<Row> rows, @ForAll("ruleLists") List<String> ruleTexts,
      @ForAll @IntRange(min = 2, max = 8) int maxBlockSize,
      @ForAll("yieldingStrategies") OversizedBlockStrategy strategy) {
    BlockingRuleSet set = BlockingRuleSet.of(ruleTexts);
    BlockingIndex index = set.index(table(rows),
        options(rows, LinkMode.DEDUPE, maxBlockSize, strategy));
    Set<String> expected = new TreeSet<>();
    for (int rule = 0; rule < ruleTexts.size(); rule++) {
      for (Map.Entry<String, List<Integer>> block : blocks(rows, set.rules().get(rule)).entrySet()) {
        if (block.getValue().size() > maxBlockSize) {
          expected.add(rule + "|" + block.getKey() + "|" + block.getValue().size());
        }
      }
    }
    Set<String> reported = new TreeSet<>();
    for (OversizedBlock block : index.oversizedBlocks()) {
      reported.add(block.ruleIndex() + "|" + block.key() + "|" + block.size());
      assertEquals(strategy, block.handling());
    }
    assertEquals(expected, reported);
  }

  @Test
  void pairInASkippedBlockIsYieldedByTheNextRuleThatSharesIt() {
    List<Row> rows = List.of(new Row("ANN", "SMITH", "1970-01-02", 0), new Row("ANN", "SMITH", "1970-01-02", 0),
        new Row("BOB", "SMITH", "1981-01-02", 0));
    BlockingRuleSet set = BlockingRuleSet.of(List.of("family_name", "dob"));
    BlockingIndex index = set.index(table(rows), BlockingOptions.dedupe().withMaxBlockSize(2));
    List<String> pairs = new ArrayList<>();
    index.forEachPair((left, right, rule) -> pairs.add(left + "-" + right + "@" + rule));
    assertEquals(List.of("0-1@1"), pairs);
    assertEquals(List.of(new OversizedBlock(0, "family_name", "SMITH", 3, 3, OversizedBlockStrategy.SKIP)),
        index.oversizedBlocks());
    assertEquals(3, index.pairCounts().get(0).pairsInOversizedBlocks());
  }

  @Test
  void failStrategyThrowsBeforeAnyPairButKeepsTheReport() {
    List<Row> rows = List.of(new Row("ANN", "SMITH", null, 0), new Row("BOB", "SMITH", null, 0),
        new Row("CY", "SMITH", null, 0), new Row("ANN", "JONES", null, 0), new Row("ANN", "JONES", null, 0));
    BlockingIndex index = BlockingRuleSet.of(List.of("family_name")).index(table(rows),
        BlockingOptions.dedupe().withMaxBlockSize(2).withOversized(OversizedBlockStrategy.FAIL));
    List<String> pairs = new ArrayList<>();
    OversizedBlocksException e = assertThrows(OversizedBlocksException.class,
        () -> index.forEachPair((left, right, rule) -> pairs.add(left + "-" + right)));
    assertEquals(List.of(), pairs);
    assertEquals(1, e.blocks().size());
    assertEquals(3, e.blocks().get(0).size());
    assertTrue(e.getMessage().contains("maxBlockSize 2"), e.getMessage());
    assertTrue(!e.getMessage().contains("SMITH"), "keys are patient data: not in the message");
    assertThrows(OversizedBlocksException.class, () -> index.forEachPairParallel(2, t -> (l, r, rule) -> { }));
    assertEquals(1, index.pairCounts().get(0).newPairs());
  }

  @Test
  void linkOnlyYieldsOnlyPairsAcrossSides() {
    List<Row> rows = List.of(new Row("ANN", "SMITH", null, 0), new Row("ANN", "SMITH", null, 0),
        new Row("ANN", "SMITH", null, 1), new Row("ANN", "SMITH", null, 1));
    BlockingIndex index = BlockingRuleSet.of(List.of("family_name")).index(table(rows),
        BlockingOptions.linkOnly(new int[] {0, 0, 1, 1}));
    Set<String> pairs = new TreeSet<>();
    index.forEachPair((left, right, rule) -> pairs.add(left + "-" + right));
    assertEquals(Set.of("0-2", "0-3", "1-2", "1-3"), pairs);
    assertEquals(4, index.pairTotals().get(0).pairs());
  }

  @Test
  void rejectsSidesThatDoNotMatchTheTable() {
    BlockingRuleSet set = BlockingRuleSet.of(List.of("family_name"));
    BlockingTable table = table(List.of(new Row("A", "B", null, 0)));
    assertThrows(IllegalArgumentException.class, () -> set.index(table, BlockingOptions.linkOnly(new int[] {0, 1})));
  }

  @Test
  void emptyTableYieldsNothing() {
    BlockingIndex index = BlockingRuleSet.defaults().index(table(List.of()), BlockingOptions.dedupe());
    index.forEachPair((left, right, rule) -> {
      throw new AssertionError("no pair expected");
    });
    assertEquals(0, index.candidatePairCount());
  }

  // --- the brute-force oracle ---

  private static BlockingOptions options(List<Row> rows, LinkMode mode, int max, OversizedBlockStrategy strategy) {
    int[] sides = rows.stream().mapToInt(Row::side).toArray();
    return new BlockingOptions(mode, mode == LinkMode.DEDUPE ? null : sides, max, strategy);
  }

  private static BlockingTable table(List<Row> rows) {
    return new MapTable(rows.stream().map(Row::values).toList());
  }

  private static long pack(int left, int right) {
    return ((long) left << 32) | right;
  }

  private static boolean wanted(List<Row> rows, int a, int b, BlockingOptions options) {
    return options.mode() != LinkMode.LINK_ONLY || rows.get(a).side() != rows.get(b).side();
  }

  /** Rows by key under one rule, from the rule's own key strings. */
  private static Map<String, List<Integer>> blocks(List<Row> rows, BlockingRule rule) {
    Map<String, List<Integer>> blocks = new TreeMap<>();
    for (int row = 0; row < rows.size(); row++) {
      String key = rule.key(rows.get(row).values()::get);
      if (key != null) {
        blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
      }
    }
    return blocks;
  }

  /** True when the rule puts both rows in one block that yields (not skipped). */
  private static boolean together(List<Row> rows, BlockingRule rule, int a, int b, BlockingOptions options) {
    String key = rule.key(rows.get(a).values()::get);
    if (key == null || !key.equals(rule.key(rows.get(b).values()::get))) {
      return false;
    }
    boolean oversized = blocks(rows, rule).get(key).size() > options.maxBlockSize();
    return !oversized || options.oversized() == OversizedBlockStrategy.KEEP;
  }

  private static Map<Long, Integer> bruteForce(List<Row> rows, BlockingRuleSet set, BlockingOptions options) {
    Map<Long, Integer> expected = new HashMap<>();
    for (int a = 0; a < rows.size(); a++) {
      for (int b = a + 1; b < rows.size(); b++) {
        if (!wanted(rows, a, b, options)) {
          continue;
        }
        for (int rule = 0; rule < set.rules().size(); rule++) {
          if (together(rows, set.rules().get(rule), a, b, options)) {
            expected.put(pack(a, b), rule);
            break;
          }
        }
      }
    }
    return expected;
  }

  private static long ownPairs(List<Row> rows, BlockingRule rule, BlockingOptions options) {
    long pairs = 0;
    for (int a = 0; a < rows.size(); a++) {
      for (int b = a + 1; b < rows.size(); b++) {
        if (wanted(rows, a, b, options) && together(rows, rule, a, b, options)) {
          pairs++;
        }
      }
    }
    return pairs;
  }
}

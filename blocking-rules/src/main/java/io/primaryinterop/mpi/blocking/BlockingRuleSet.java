package io.primaryinterop.mpi.blocking;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Several blocking rules OR'ed: a pair is a candidate when it shares a key under at least one rule, and
 * it is produced once, by the first rule that yields it. Also carries the recommended cap on block size
 * and the oversized-block strategy, which {@link #options} turns into {@link BlockingOptions}.
 */
public final class BlockingRuleSet {
  private static final String DEFAULT_RESOURCE = "/io/primaryinterop/mpi/blocking/default-rules.json";
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(SerializationFeature.INDENT_OUTPUT);

  private final List<BlockingRule> rules;
  private final String description;
  private final int maxBlockSize;
  private final OversizedBlockStrategy oversized;

  private BlockingRuleSet(List<BlockingRule> rules, String description, int maxBlockSize,
                          OversizedBlockStrategy oversized) {
    if (rules.isEmpty()) {
      throw new IllegalArgumentException("a blocking rule set needs at least one rule");
    }
    Map<BlockingRule, Integer> seen = new HashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      Integer earlier = seen.putIfAbsent(rules.get(i), i);
      if (earlier != null) {
        throw new IllegalArgumentException("blocking rule " + i + " (" + rules.get(i).canonicalText()
            + ") repeats rule " + earlier + "; it could yield no new pair");
      }
    }
    if (maxBlockSize < 2) {
      throw new IllegalArgumentException("maxBlockSize must be >= 2: " + maxBlockSize);
    }
    this.rules = List.copyOf(rules);
    this.description = description;
    this.maxBlockSize = maxBlockSize;
    this.oversized = Objects.requireNonNull(oversized, "oversized");
  }

  /** Compiles the rules, in order, with the default cap and strategy (SKIP, reported). */
  public static BlockingRuleSet of(List<String> ruleTexts) {
    return new BlockingRuleSet(ruleTexts.stream().map(BlockingRule::parse).toList(), null,
        BlockingOptions.DEFAULT_MAX_BLOCK_SIZE, OversizedBlockStrategy.SKIP);
  }

  /** Reads a JSON rule-set file (format in docs/blocking-rules.md). */
  public static BlockingRuleSet read(Path file) {
    try {
      return fromJson(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rule-set file " + file, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("rule-set file " + file + ": " + e.getMessage(), e);
    }
  }

  /** Parses a rule set from JSON text. */
  public static BlockingRuleSet fromJson(String json) {
    RuleSetFile file;
    try {
      file = JSON.readValue(json, RuleSetFile.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a valid rule-set document: " + e.getOriginalMessage()
          + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")", e);
    }
    if (file == null) {
      throw new IllegalArgumentException("empty rule-set document");
    }
    if (!RuleSetFile.VERSION.equals(file.version())) {
      throw new IllegalArgumentException("unsupported rule-set version " + file.version() + " (expected \""
          + RuleSetFile.VERSION + "\")");
    }
    if (file.rules() == null) {
      throw new IllegalArgumentException("rule-set document has no \"rules\"");
    }
    List<BlockingRule> rules = new ArrayList<>();
    for (int i = 0; i < file.rules().size(); i++) {
      String text = file.rules().get(i);
      if (text == null) {
        throw new IllegalArgumentException("rules[" + i + "] is null");
      }
      try {
        rules.add(BlockingRule.parse(text));
      } catch (BlockingRuleSyntaxException e) {
        throw new IllegalArgumentException("rules[" + i + "]: " + e.getMessage(), e);
      }
    }
    int max = file.maxBlockSize() == null ? BlockingOptions.DEFAULT_MAX_BLOCK_SIZE : file.maxBlockSize();
    OversizedBlockStrategy strategy = file.oversizedBlocks() == null ? OversizedBlockStrategy.SKIP
        : file.oversizedBlocks();
    return new BlockingRuleSet(rules, file.description(), max, strategy);
  }

  /** The built-in default rule set for patient records (see docs/blocking-rules.md for the reasons). */
  public static BlockingRuleSet defaults() {
    try (InputStream in = BlockingRuleSet.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
      }
      return fromJson(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
    }
  }

  /** The rule set as a JSON document that {@link #fromJson} reads back to an equal rule set. */
  public String toJson() {
    RuleSetFile file = new RuleSetFile(RuleSetFile.VERSION, description,
        rules.stream().map(BlockingRule::canonicalText).toList(), maxBlockSize, oversized);
    try {
      return JSON.writeValueAsString(file) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write rule set as JSON", e);
    }
  }

  /** Writes {@link #toJson()} to a file. */
  public void write(Path file) {
    try {
      Files.writeString(file, toJson());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write rule-set file " + file, e);
    }
  }

  public List<BlockingRule> rules() {
    return rules;
  }

  /** Free text from the file, or null. */
  public String description() {
    return description;
  }

  public int maxBlockSize() {
    return maxBlockSize;
  }

  public OversizedBlockStrategy oversizedBlocks() {
    return oversized;
  }

  /** The same rules with another cap and strategy. */
  public BlockingRuleSet withOversizedHandling(int max, OversizedBlockStrategy strategy) {
    return new BlockingRuleSet(rules, description, max, strategy);
  }

  /** Options for a run with this set's cap and strategy; {@code sideOfRow} may be null for DEDUPE. */
  public BlockingOptions options(LinkMode mode, int[] sideOfRow) {
    return new BlockingOptions(mode, sideOfRow, maxBlockSize, oversized);
  }

  /** Options for one data set with this set's cap and strategy. */
  public BlockingOptions dedupeOptions() {
    return options(LinkMode.DEDUPE, null);
  }

  /** One record's keys under every rule that gives it one: what the service's key index stores. */
  public List<RuleKey> keys(FieldValues record) {
    List<RuleKey> keys = new ArrayList<>(rules.size());
    for (int i = 0; i < rules.size(); i++) {
      String key = rules.get(i).key(record);
      if (key != null) {
        keys.add(new RuleKey(i, rules.get(i).canonicalText(), key));
      }
    }
    return keys;
  }

  /** Computes every rule's key for every row once, on all available processors. */
  public BlockingIndex index(BlockingTable table, BlockingOptions options) {
    return index(table, options, Runtime.getRuntime().availableProcessors());
  }

  /** Computes every rule's key for every row once, rules spread over up to {@code threads} threads. */
  public BlockingIndex index(BlockingTable table, BlockingOptions options, int threads) {
    return BlockingIndex.build(rules, table, options, threads);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BlockingRuleSet other && rules.equals(other.rules) && maxBlockSize == other.maxBlockSize
        && oversized == other.oversized && Objects.equals(description, other.description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rules, maxBlockSize, oversized, description);
  }

  @Override
  public String toString() {
    return "BlockingRuleSet" + rules;
  }
}

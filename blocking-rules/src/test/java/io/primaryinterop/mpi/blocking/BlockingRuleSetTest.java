package io.primaryinterop.mpi.blocking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BlockingRuleSetTest {
  @Provide
  Arbitrary<List<String>> ruleLists() {
    return Arbitraries.of("national_id", "soundex(family_name) & dob", "first(given_name,1) & year(birth_date)",
        "phone", "dmetaphone(given_name) & postal_code", "sorted_tokens(family_name)")
        .list().uniqueElements().ofMinSize(1).ofMaxSize(6);
  }

  @Property
  void jsonRoundTripsToAnEqualRuleSet(@ForAll("ruleLists") List<String> rules,
                                      @ForAll @net.jqwik.api.constraints.IntRange(min = 2, max = 100_000) int max,
                                      @ForAll OversizedBlockStrategy strategy) {
    BlockingRuleSet set = BlockingRuleSet.of(rules).withOversizedHandling(max, strategy);
    assertEquals(set, BlockingRuleSet.fromJson(set.toJson()));
  }

  @Test
  void writeThenReadGivesTheSameRuleSet(@TempDir Path dir) {
    Path file = dir.resolve("rules.json");
    BlockingRuleSet.defaults().write(file);
    assertEquals(BlockingRuleSet.defaults(), BlockingRuleSet.read(file));
  }

  @Test
  void readsTheDocumentedFormat() {
    BlockingRuleSet set = BlockingRuleSet.fromJson("""
        {"version": "1", "rules": ["soundex(family_name) & year(birth_date)", "national_id"],
         "maxBlockSize": 2000, "oversizedBlocks": "FAIL"}
        """);
    assertEquals(List.of("soundex(family_name) & year(birth_date)", "national_id"),
        set.rules().stream().map(BlockingRule::canonicalText).toList());
    assertEquals(2000, set.maxBlockSize());
    assertEquals(new BlockingOptions(LinkMode.DEDUPE, null, 2000, OversizedBlockStrategy.FAIL), set.dedupeOptions());
  }

  @Test
  void capAndStrategyDefaultWhenAbsent() {
    BlockingRuleSet set = BlockingRuleSet.fromJson("{\"version\":\"1\",\"rules\":[\"phone\"]}");
    assertEquals(BlockingOptions.dedupe(), set.dedupeOptions());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "{\"version\":\"1\",\"rules\":[\"phone\", \"soundx(family_name)\"]}   | rules[1]: blocking rule",
      "{\"version\":\"2\",\"rules\":[\"phone\"]}                             | unsupported rule-set version 2",
      "{\"version\":\"1\"}                                                   | no \"rules\"",
      "{\"version\":\"1\",\"rules\":[]}                                      | at least one rule",
      "{\"version\":\"1\",\"rules\":[\"phone\",\" phone \"]}                 | repeats rule 0",
      "{\"version\":\"1\",\"rules\":[\"phone\"],\"maxBlocksize\":3}          | maxBlocksize",
      "{\"version\":\"1\",\"rules\":[\"phone\"],\"maxBlockSize\":1}          | maxBlockSize must be >= 2",
      "{\"version\":\"1\",\"rules\":[\"phone\"],\"oversizedBlocks\":\"DROP\"} | DROP",
      "{\"version\":\"1\",\"rules\":[\"phone\"                              | line 1"})
  void badDocumentsAreRejectedWithTheReason(String json, String reason) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BlockingRuleSet.fromJson(json));
    assertTrue(e.getMessage().contains(reason), e.getMessage());
  }

  @Test
  void readNamesTheFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"version\":\"1\",\"rules\":[\"first(given_name)\"]}");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BlockingRuleSet.read(file));
    assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("rules[0]"), e.getMessage());
  }

  @Test
  void defaultsParseAndReadOnlyCanonicalFields() {
    BlockingRuleSet defaults = BlockingRuleSet.defaults();
    assertTrue(defaults.rules().size() >= 4);
    defaults.rules().forEach(rule -> assertTrue(Fields.CANONICAL.containsAll(rule.fields()), rule.toString()));
  }

  @Test
  void keysListsEveryRuleThatGivesAKey() {
    BlockingRuleSet set = BlockingRuleSet.of(List.of("national_id", "phone", "soundex(family_name) & dob"));
    FieldValues record = Map.of("national_id", "123456789", "family_name", "SMITH", "birth_date", "1970-01-02")::get;
    assertEquals(List.of(new RuleKey(0, "national_id", "123456789"),
            new RuleKey(2, "soundex(family_name) & birth_date", "S530" + BlockingRule.KEY_SEPARATOR + "1970-01-02")),
        set.keys(record));
  }
}

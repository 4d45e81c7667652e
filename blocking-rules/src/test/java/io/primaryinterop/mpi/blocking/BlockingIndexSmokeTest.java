package io.primaryinterop.mpi.blocking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BlockingIndexSmokeTest {
  @Test
  void pairSharingTwoRulesIsYieldedOnceByTheFirst() {
    MapTable table = new MapTable(List.of(
        Map.of("family_name", "SMITH", "birth_date", "1970-01-02"),
        Map.of("family_name", "SMYTH", "birth_date", "1970-01-02"),
        Map.of("family_name", "JONES", "birth_date", "1970-01-02")));
    BlockingRuleSet set = BlockingRuleSet.of(List.of("soundex(family_name)", "dob"));
    List<String> pairs = new ArrayList<>();
    set.index(table, BlockingOptions.dedupe()).forEachPair((l, r, rule) -> pairs.add(l + "-" + r + "@" + rule));
    assertEquals(List.of("0-1@0", "0-2@1", "1-2@1"), pairs);
  }
}

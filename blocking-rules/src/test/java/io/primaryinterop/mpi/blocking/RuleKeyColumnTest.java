package io.primaryinterop.mpi.blocking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RuleKeyColumnTest {
  @Provide
  Arbitrary<List<Map<String, String>>> rows() {
    Arbitrary<String> name = Arbitraries.of("SMITH", "SMYTH", "O BRIEN", "OBRIEN", "", "42").injectNull(0.2);
    Arbitrary<String> date = Arbitraries.of("1970-01-02", "1970-02-02", "X").injectNull(0.2);
    return net.jqwik.api.Combinators.combine(name, name, date).as((g, f, d) -> {
      Map<String, String> m = new HashMap<>();
      m.put("given_name", g);
      m.put("family_name", f);
      m.put("birth_date", d);
      return m;
    }).list().ofMaxSize(30);
  }

  @Provide
  Arbitrary<String> rules() {
    return Arbitraries.of("family_name", "soundex(family_name)", "soundex(family_name) & year(dob)",
        "given_name & family_name & month(dob)", "first(given_name, 2) & initials(family_name)",
        "sorted_tokens(given_name + family_name)", "given_name + family_name & year(dob)",
        "soundex(given_name + family_name) & dob");
  }

  @Property
  void keyIdsAreEqualExactlyWhenKeyStringsAre(@ForAll("rows") List<Map<String, String>> rows,
                                              @ForAll("rules") String text, @ForAll boolean coded) {
    BlockingRule rule = BlockingRule.parse(text);
    BlockingTable table = coded ? new CodedTable(new MapTable(rows)) : new MapTable(rows);
    java.util.Map<String, FieldCodes> codes = new HashMap<>();
    rule.fields().forEach(field -> codes.put(field, FieldCodes.of(table, field)));
    RuleKeyColumn.Result result = RuleKeyColumn.compute(rule, table, codes);
    Map<String, Integer> idOfKey = new HashMap<>();
    for (int row = 0; row < rows.size(); row++) {
      String key = rule.key(rows.get(row)::get);
      int id = result.keyIds()[row];
      if (key == null) {
        assertEquals(-1, id);
      } else {
        assertTrue(id >= 0 && id < result.distinctKeys());
        assertEquals(idOfKey.computeIfAbsent(key, k -> id), id, key);
      }
    }
    assertEquals(idOfKey.size(), (int) idOfKey.values().stream().distinct().count());
  }

  @Provide
  Arbitrary<String> wideRules() {
    return Arbitraries.of("given_name & family_name & birth_date", "sorted_tokens(given_name + family_name + birth_date)");
  }

  @Property(tries = 50)
  void keysTooWideForOneLongAreChainedWithTheSameResult(@ForAll("rows") List<Map<String, String>> rows,
                                                        @ForAll("wideRules") String text) {
    BlockingRule rule = BlockingRule.parse(text);
    BlockingTable table = new CodedTable(new MapTable(rows), 1 << 22); // 3 x 25 bits > 63
    java.util.Map<String, FieldCodes> codes = new HashMap<>();
    rule.fields().forEach(field -> codes.put(field, FieldCodes.of(table, field)));
    RuleKeyColumn.Result result = RuleKeyColumn.compute(rule, table, codes);
    Map<String, Integer> idOfKey = new HashMap<>();
    for (int row = 0; row < rows.size(); row++) {
      String key = rule.key(rows.get(row)::get);
      int id = result.keyIds()[row];
      assertEquals(key == null, id == -1);
      if (key != null) {
        assertEquals(idOfKey.computeIfAbsent(key, k -> id), id, key);
      }
    }
    assertEquals(idOfKey.size(), result.distinctKeys());
  }
}

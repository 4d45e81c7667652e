package io.primaryinterop.mpi.blocking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BlockingRuleTest {
  private static final FieldValues ROBERT = Map.of("given_name", "ROBERT", "family_name", "SMITH",
      "birth_date", "1972-03-13", "postal_code", "23268", "national_id", "345354434")::get;

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "national_id                             | 345354434",
      "soundex(family_name) & year(birth_date) | S530~1972",
      "first(given_name, 3) & postal_code      | ROB~23268",
      "dmetaphone(family_name) & dob           | SM0~1972-03-13",
      "first(soundex(family_name), 2)          | S5",
      "initials(given_name) & day_month(dob)   | R~03-13"})
  void keyJoinsThePartsWithTheSeparator(String rule, String expected) {
    assertEquals(expected.replace('~', BlockingRule.KEY_SEPARATOR), BlockingRule.parse(rule).key(ROBERT));
  }

  @ParameterizedTest
  @CsvSource({"phone", "soundex(family_name) & phone", "year(given_name)", "digits(family_name) & dob"})
  void anUnknownOrEmptyPartMeansNoKey(String rule) {
    assertNull(BlockingRule.parse(rule).key(ROBERT));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "sorted_tokens(given_name + family_name) & dob | CONNOR LORD~1911-05-04",
      "soundex(sorted_tokens(given_name + family_name)) | C564"})
  void joinedFieldsGiveTheSameKeyWhenTheNamesAreSwapped(String rule, String expected) {
    BlockingRule compiled = BlockingRule.parse(rule);
    FieldValues written = Map.of("given_name", "CONNOR", "family_name", "LORD", "birth_date", "1911-05-04")::get;
    FieldValues swapped = Map.of("given_name", "LORD", "family_name", "CONNOR", "birth_date", "1911-05-04")::get;
    assertEquals(expected.replace('~', BlockingRule.KEY_SEPARATOR), compiled.key(written));
    assertEquals(compiled.key(written), compiled.key(swapped));
  }

  @Test
  void joinedFieldsGiveNoKeyWhenOneIsUnknown() {
    assertNull(BlockingRule.parse("sorted_tokens(given_name + family_name)").key(Map.of("given_name", "ANN")::get));
    assertEquals(List.of("given_name", "family_name"),
        List.copyOf(BlockingRule.parse("sorted_tokens(given_name + family_name)").fields()));
  }

  @Test
  void anEmptyValueCountsAsUnknown() {
    Map<String, String> values = new HashMap<>();
    values.put("national_id", "");
    assertNull(BlockingRule.parse("national_id").key(values::get));
  }

  @Test
  void fieldsAreCanonicalNamesInRuleOrder() {
    BlockingRule rule = BlockingRule.parse("year(dob) & soundex(family_name) & first(dob, 4)");
    assertEquals(List.of("birth_date", "family_name"), List.copyOf(rule.fields()));
    assertEquals(3, rule.termCount());
  }

  @Test
  void rulesWithTheSameCanonicalTextAreEqual() {
    assertEquals(BlockingRule.parse("year(dob)&postal_code"), BlockingRule.parse(" year( birth_date ) & postal_code"));
    assertNotEquals(BlockingRule.parse("postal_code & year(dob)"), BlockingRule.parse("year(dob) & postal_code"));
  }

  @Test
  void textKeepsTheRuleAsWritten() {
    assertEquals("year( dob )", BlockingRule.parse("  year( dob ) ").text());
  }

  @Test
  void displayKeyShowsTheParts() {
    assertEquals("S530 | 1972", BlockingRule.displayKey("S530" + BlockingRule.KEY_SEPARATOR + "1972"));
  }
}

package io.primaryinterop.mpi.blocking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BlockingRuleParserTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "national_id                                      | national_id",
      "  soundex( family_name )&year(dob)               | soundex(family_name) & year(birth_date)",
      "first(given_name,3) & postal_code                | first(given_name, 3) & postal_code",
      "first(soundex(family_name),2)                    | first(soundex(family_name), 2)",
      "dmetaphone(family_name) & dob                    | dmetaphone(family_name) & birth_date",
      "metaphone(given_name, 6)                         | metaphone(given_name, 6)",
      "sorted_tokens(given_name+family_name) & dob      | sorted_tokens(given_name + family_name) & birth_date",
      "given_name + family_name                         | given_name + family_name"})
  void parsesToOneCanonicalSpelling(String text, String canonical) {
    assertEquals(canonical, BlockingRule.parse(text).canonicalText());
  }

  @ParameterizedTest(name = "\"{0}\" fails at column {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "\"\"                         | 1  | end of rule       | a field or a function",
      "soundex(family_name        | 20 | end of rule       | ')'",
      "soundex(family_name]       | 20 | ']'               | ')'",
      "soundex(family_name, 2)    | 20 | ','               | ')'",
      "metaphone(given_name       | 21 | end of rule       | ',' or ')'",
      "national_id &              | 14 | end of rule       | a field or a function",
      "national_id phone          | 13 | 'phone'           | '&' or end of rule",
      "first(given_name, x)       | 19 | 'x'               | an integer",
      "first(given_name,)         | 18 | ')'               | an integer",
      "& national_id              | 1  | '&'               | a field or a function",
      "year((birth_date))         | 6  | '('               | a field or a function",
      "first(given_name, 1, 2)    | 20 | ','               | ')'",
      "first(given_name)          | 1  | 'first'           | first(field, n)",
      "first(given_name, 0)       | 1  | 'first'           | first(field, n)",
      "given_name +               | 13 | end of rule       | a field",
      "given_name + & phone       | 14 | '&'               | a field",
      "given_name + soundex(phone) | 14 | 'soundex'        | a field or a function"})
  void syntaxErrorNamesColumnFoundAndExpected(String text, int column, String found, String expected) {
    BlockingRuleSyntaxException e = assertThrows(BlockingRuleSyntaxException.class, () -> BlockingRule.parse(text));
    assertEquals(column, e.column(), e.getMessage());
    assertEquals(found, e.found(), e.getMessage());
    assertEquals(expected, e.expected(), e.getMessage());
    assertTrue(e.getMessage().contains("column " + column), e.getMessage());
  }

  @Test
  void unknownFunctionListsTheKnownOnes() {
    BlockingRuleSyntaxException e = assertThrows(BlockingRuleSyntaxException.class,
        () -> BlockingRule.parse("national_id & soundx(family_name)"));
    assertEquals(15, e.column());
    assertTrue(e.getMessage().contains("unknown function 'soundx'"), e.getMessage());
    assertTrue(e.getMessage().contains(KeyFunctions.knownNames()), e.getMessage());
  }

  @Test
  void unknownFieldListsTheKnownOnes() {
    BlockingRuleSyntaxException e = assertThrows(BlockingRuleSyntaxException.class,
        () -> BlockingRule.parse("soundex(surname)"));
    assertEquals(9, e.column());
    assertTrue(e.getMessage().contains("unknown field 'surname'"), e.getMessage());
    assertTrue(e.getMessage().contains(String.join(", ", Fields.CANONICAL)), e.getMessage());
  }

  @Provide
  Arbitrary<String> terms() {
    Arbitrary<String> field = Arbitraries.of(Fields.CANONICAL);
    Arbitrary<String> function = Arbitraries.of("soundex", "year", "digits", "initials", "dmetaphone");
    Arbitrary<String> applied = net.jqwik.api.Combinators.combine(function, field).as((f, x) -> f + "(" + x + ")");
    Arbitrary<String> prefixed = net.jqwik.api.Combinators.combine(field, Arbitraries.integers().between(1, 9))
        .as((x, n) -> "first(" + x + ", " + n + ")");
    return Arbitraries.oneOf(field, applied, prefixed);
  }

  @Property
  void canonicalTextParsesToItself(@ForAll("terms") String a, @ForAll("terms") String b) {
    String canonical = BlockingRule.parse(a + "&" + b).canonicalText();
    assertEquals(canonical, BlockingRule.parse(canonical).canonicalText());
    assertEquals(List.of(a, b), List.of(canonical.split(" & ")));
  }
}

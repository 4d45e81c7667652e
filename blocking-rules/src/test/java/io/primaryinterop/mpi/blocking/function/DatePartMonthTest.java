package io.primaryinterop.mpi.blocking.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatePartMonthTest {
  @Test
  void takesItsPartOfAnIsoDate() {
    assertEquals("03", new DatePartMonth().apply("1972-03-13"));
  }

  @ParameterizedTest
  @CsvSource({"19720313", "1972-3-13", "1972-03-1X", "ABCD-EF-GH", "'1972-03-13 '"})
  void givesNoKeyForAnythingButYyyyMmDd(String value) {
    assertNull(new DatePartMonth().apply(value));
  }

  @Property
  void isTheSameForDatesThatShareThePart(@ForAll @net.jqwik.api.constraints.IntRange(min = 1900, max = 2030) int year,
                                         @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 12) int month,
                                         @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 28) int day) {
    java.time.LocalDate date = java.time.LocalDate.of(year, month, day);
    String key = new DatePartMonth().apply(date.toString());
    assertEquals(date.toString().contains(key), true, key);
  }
}

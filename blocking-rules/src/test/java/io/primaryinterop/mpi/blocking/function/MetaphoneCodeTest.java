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

class MetaphoneCodeTest {
  @ParameterizedTest(name = "metaphone({0}) = {1}")
  @CsvSource({"TOMAS,TMS", "KNIGHT,NT", "WRIGHT,RT", "PHILLIPS,FLPS", "FILLIPS,FLPS", "MACDONALD,MKTN",
      "MC DONALD,MKTN"})
  void codesHowTheLettersSound(String value, String expected) {
    assertEquals(expected, new MetaphoneCode(4).apply(value));
  }

  @Test
  void truncatesToTheGivenLength() {
    assertEquals("FL", new MetaphoneCode(2).apply("PHILLIPS"));
  }

  @Test
  void givesNoKeyWithoutLetters() {
    assertNull(new MetaphoneCode(4).apply("42"));
  }

  @Test
  void rejectsANonPositiveLength() {
    assertThrows(IllegalArgumentException.class, () -> new MetaphoneCode(0));
  }

  @Property
  void isNeverLongerThanTheLength(@ForAll @AlphaChars @StringLength(min = 1, max = 20) String value) {
    String key = new MetaphoneCode(4).apply(value.toUpperCase(java.util.Locale.ROOT));
    assertEquals(true, key.length() <= 4, key);
  }
}

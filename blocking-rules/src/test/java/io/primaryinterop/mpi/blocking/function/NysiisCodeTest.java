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

class NysiisCodeTest {
  @ParameterizedTest(name = "nysiis({0}) = {1}")
  @CsvSource({"MACDONALD,MCDANA", "MC DONALD,MCDANA", "JOHN,JAN", "JON,JAN", "PHILLIPS,FALAP"})
  void codesHowTheLettersSound(String value, String expected) {
    assertEquals(expected, new NysiisCode().apply(value));
  }

  @Test
  void givesNoKeyWithoutLetters() {
    assertNull(new NysiisCode().apply("12 34"));
  }

  @Property
  void isAtMostSixCharacters(@ForAll @AlphaChars @StringLength(min = 1, max = 20) String value) {
    String key = new NysiisCode().apply(value.toUpperCase(java.util.Locale.ROOT));
    assertEquals(true, key.length() <= 6, key);
  }
}

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

class SoundexCodeTest {
  // Published American Soundex codes (Knuth; US National Archives), as Commons Codec gives them.
  @ParameterizedTest(name = "soundex({0}) = {1}")
  @CsvSource({"ROBERT,R163", "RUPERT,R163", "ASHCRAFT,A261", "TYMCZAK,T522", "SMITH,S530", "SCHMIDT,S530",
      "O BRIEN,O165", "OBRIEN,O165", "MC DONALD,M235"})
  void codesTheLettersIgnoringSpaces(String value, String expected) {
    assertEquals(expected, new SoundexCode().apply(value));
  }

  @ParameterizedTest
  @CsvSource({"1234", "' '", "-"})
  void givesNoKeyWithoutLetters(String value) {
    assertNull(new SoundexCode().apply(value));
  }

  @Property
  void isALetterAndThreeDigits(@ForAll @AlphaChars @StringLength(min = 1, max = 20) String value) {
    String key = new SoundexCode().apply(value.toUpperCase(java.util.Locale.ROOT));
    assertEquals(true, key.matches("[A-Z][0-9]{3}"), key);
  }
}

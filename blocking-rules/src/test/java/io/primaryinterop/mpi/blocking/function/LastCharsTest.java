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

class LastCharsTest {
  @ParameterizedTest(name = "last({0}, {1}) = {2}")
  @CsvSource({"ROBERT,3,ERT", "ROBERT,1,T", "LI,3,LI", "2600,2,00"})
  void keepsTheLastNCharactersOrTheWholeShorterValue(String value, int n, String expected) {
    assertEquals(expected, new LastChars(n).apply(value));
  }

  @Test
  void rejectsANonPositiveLength() {
    assertThrows(IllegalArgumentException.class, () -> new LastChars(-1));
  }

  @Property
  void isASuffixOfTheValue(@ForAll @AlphaChars @StringLength(min = 1, max = 20) String value,
                           @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 25) int n) {
    String key = new LastChars(n).apply(value);
    assertEquals(Math.min(n, value.length()), key.length());
    assertEquals(true, value.endsWith(key));
  }
}

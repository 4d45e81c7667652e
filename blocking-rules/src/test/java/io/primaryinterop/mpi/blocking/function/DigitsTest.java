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

class DigitsTest {
  @ParameterizedTest(name = "digits({0}) = {1}")
  @CsvSource({"12B BAKER ST,12", "345 35 4434,345354434", "0412345678,0412345678", "A1B2,12"})
  void keepsOnlyTheDigits(String value, String expected) {
    assertEquals(expected, new Digits().apply(value));
  }

  @Test
  void givesNoKeyWithoutDigits() {
    assertNull(new Digits().apply("BAKER ST"));
  }

  @Property
  void isIdempotent(@ForAll @NumericChars @StringLength(min = 1, max = 20) String value) {
    Digits digits = new Digits();
    assertEquals(digits.apply(value), digits.apply(digits.apply(value)));
  }
}

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

class DoubleMetaphoneCodeTest {
  // Published Double Metaphone codes (Philips 2000): primary / alternate.
  @ParameterizedTest(name = "dmetaphone({0}) = {1} / {2}")
  @CsvSource({"SMITH,SM0,XMT", "SCHMIDT,XMT,SMT", "JOHN,JN,AN", "CATHERINE,K0RN,KTRN", "KATHRYN,K0RN,KTRN",
      "THOMAS,TMS,TMS", "O BRIEN,APRN,APRN"})
  void givesThePrimaryAndTheAlternateCode(String value, String primary, String alternate) {
    assertEquals(primary, new DoubleMetaphoneCode(4, false).apply(value));
    assertEquals(alternate, new DoubleMetaphoneCode(4, true).apply(value));
  }

  @Test
  void truncatesToTheGivenLength() {
    assertEquals("K0", new DoubleMetaphoneCode(2, false).apply("CATHERINE"));
  }

  @Test
  void givesNoKeyWithoutLetters() {
    assertNull(new DoubleMetaphoneCode(4, false).apply("007"));
  }

  @Test
  void rejectsANonPositiveLength() {
    assertThrows(IllegalArgumentException.class, () -> new DoubleMetaphoneCode(0, true));
  }

  @Property
  void isNeverLongerThanTheLength(@ForAll @AlphaChars @StringLength(min = 1, max = 20) String value) {
    String key = new DoubleMetaphoneCode(4, false).apply(value.toUpperCase(java.util.Locale.ROOT));
    assertEquals(true, key == null || key.length() <= 4, key);
  }
}

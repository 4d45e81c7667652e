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

class InitialsTest {
  @ParameterizedTest(name = "initials({0}) = {1}")
  @CsvSource({"MARY ANN,MA", "ROBERT,R", "VAN DER BERG,VDB", "J R R,JRR"})
  void takesTheFirstCharacterOfEachToken(String value, String expected) {
    assertEquals(expected, new Initials().apply(value));
  }

  @Test
  void givesNoKeyForBlank() {
    assertNull(new Initials().apply(" "));
  }

  @Property
  void hasOneCharacterPerToken(@ForAll @AlphaChars @StringLength(min = 1, max = 8) String a,
                               @ForAll @AlphaChars @StringLength(min = 1, max = 8) String b) {
    assertEquals(2, new Initials().apply(a + " " + b).length());
  }
}

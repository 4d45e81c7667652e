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

class SortedTokensTest {
  @ParameterizedTest(name = "sorted_tokens({0}) = {1}")
  @CsvSource({"SMITH JONES,JONES SMITH", "JONES SMITH,JONES SMITH", "ROBERT,ROBERT", "C B A,A B C"})
  void sortsTheTokens(String value, String expected) {
    assertEquals(expected, new SortedTokens().apply(value));
  }

  @Test
  void givesNoKeyForBlank() {
    assertNull(new SortedTokens().apply(" "));
  }

  @Property
  void ignoresWordOrder(@ForAll @AlphaChars @StringLength(min = 1, max = 8) String a,
                        @ForAll @AlphaChars @StringLength(min = 1, max = 8) String b) {
    SortedTokens sorted = new SortedTokens();
    assertEquals(sorted.apply(a + " " + b), sorted.apply(b + " " + a));
  }
}

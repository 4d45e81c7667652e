package io.primaryinterop.mpi.blocking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class KeyFunctionsTest {
  @Test
  void everyRegisteredFunctionBuildsWithItsFewestAndMostArguments() {
    KeyFunctions.REGISTRY.forEach((name, spec) -> {
      assertEquals(name, spec.name());
      int[] fewest = new int[spec.minInts()];
      Arrays.fill(fewest, 2);
      int[] most = new int[spec.maxInts()];
      Arrays.fill(most, 2);
      KeyFunction function = spec.factory().apply(fewest);
      assertNotNull(function.apply("ROBERT") != null ? "ok" : function.apply("1972-03-13"), name);
      assertNotNull(spec.factory().apply(most), name);
      BlockingRule.parse(spec.usage().replace("field", "given_name").replaceAll("\\[, (\\w+)=\\d+]", "")
          .replace(", n", ", 2"));
    });
  }

  @Test
  void knownNamesAreSortedAndComplete() {
    String names = KeyFunctions.knownNames();
    assertEquals(KeyFunctions.REGISTRY.size(), names.split(", ").length);
    assertEquals(String.join(", ", KeyFunctions.REGISTRY.keySet().stream().sorted().toList()), names);
  }
}

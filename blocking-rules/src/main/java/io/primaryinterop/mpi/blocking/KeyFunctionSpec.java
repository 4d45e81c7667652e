package io.primaryinterop.mpi.blocking;

import java.util.Objects;
import java.util.function.Function;

/**
 * A registered key function: its name in rule text, how many integer arguments it takes after the
 * field, and how to build it from them.
 *
 * @param name        name in rule text
 * @param usage       how it is written, e.g. {@code first(field, n)}
 * @param minInts     fewest integer arguments
 * @param maxInts     most integer arguments (missing optional ones take the defaults in {@code usage})
 * @param description one line for documentation and error messages
 * @param factory     builds the function from exactly the given integer arguments
 */
public record KeyFunctionSpec(String name, String usage, int minInts, int maxInts, String description,
                              Function<int[], KeyFunction> factory) {
  public KeyFunctionSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(usage, "usage");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(factory, "factory");
    if (minInts < 0 || maxInts < minInts) {
      throw new IllegalArgumentException(name + ": bad argument counts " + minInts + ".." + maxInts);
    }
  }

  static KeyFunctionSpec noArgs(String name, String description, KeyFunction function) {
    return new KeyFunctionSpec(name, name + "(field)", 0, 0, description, args -> function);
  }
}

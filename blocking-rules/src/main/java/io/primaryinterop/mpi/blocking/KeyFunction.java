package io.primaryinterop.mpi.blocking;

/**
 * One blocking key function: turns a normalized value into a part of a blocking key.
 * Returning {@code null} (or an empty string) means "no key": the whole rule gives no key for that
 * record, because an unknown value must never put records in one block. Implementations are
 * stateless and thread-safe.
 */
@FunctionalInterface
public interface KeyFunction {
  String apply(String normalizedValue);
}

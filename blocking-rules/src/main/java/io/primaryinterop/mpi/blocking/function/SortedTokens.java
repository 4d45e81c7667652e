package io.primaryinterop.mpi.blocking.function;

import io.primaryinterop.mpi.blocking.KeyFunction;
import java.util.Arrays;

/**
 * {@code sorted_tokens(field)}: the space-separated tokens in sorted order, so that word order does not
 * matter, e.g. "SMITH JONES" and "JONES SMITH" -> "JONES SMITH".
 */
public final class SortedTokens implements KeyFunction {
  @Override
  public String apply(String value) {
    if (value.indexOf(' ') < 0) {
      return value.isBlank() ? null : value;
    }
    String trimmed = value.trim();
    if (trimmed.isEmpty()) {
      return null;
    }
    String[] tokens = trimmed.split(" +");
    Arrays.sort(tokens);
    return String.join(" ", tokens);
  }
}

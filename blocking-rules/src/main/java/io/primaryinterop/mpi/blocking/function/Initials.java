package io.primaryinterop.mpi.blocking.function;

import io.primaryinterop.mpi.blocking.KeyFunction;

/** {@code initials(field)}: the first character of each space-separated token, e.g. "MARY ANN" -> "MA". */
public final class Initials implements KeyFunction {
  @Override
  public String apply(String value) {
    StringBuilder s = new StringBuilder(4);
    boolean atTokenStart = true;
    int n = value.length();
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c == ' ') {
        atTokenStart = true;
      } else if (atTokenStart) {
        s.append(c);
        atTokenStart = false;
      }
    }
    return s.isEmpty() ? null : s.toString();
  }
}

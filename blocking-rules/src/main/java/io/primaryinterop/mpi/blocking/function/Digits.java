package io.primaryinterop.mpi.blocking.function;

import io.primaryinterop.mpi.blocking.KeyFunction;

/** {@code digits(field)}: the digits only, e.g. "12B BAKER ST" -> "12"; no key when there are none. */
public final class Digits implements KeyFunction {
  @Override
  public String apply(String value) {
    StringBuilder s = null;
    int n = value.length();
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c >= '0' && c <= '9') {
        if (s == null) {
          s = new StringBuilder(n - i);
        }
        s.append(c);
      }
    }
    return s == null ? null : s.toString();
  }
}

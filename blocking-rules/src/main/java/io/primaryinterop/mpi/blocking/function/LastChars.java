package io.primaryinterop.mpi.blocking.function;

import io.primaryinterop.mpi.blocking.KeyFunction;

/** {@code last(field, n)}: the last n characters (the whole value when shorter). */
public final class LastChars implements KeyFunction {
  private final int n;

  public LastChars(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be >= 1: " + n);
    }
    this.n = n;
  }

  @Override
  public String apply(String value) {
    return value.length() <= n ? value : value.substring(value.length() - n);
  }
}

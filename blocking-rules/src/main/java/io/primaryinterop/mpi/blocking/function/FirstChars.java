package io.primaryinterop.mpi.blocking.function;

import io.primaryinterop.mpi.blocking.KeyFunction;

/** {@code first(field, n)}: the first n characters (the whole value when shorter). */
public final class FirstChars implements KeyFunction {
  private final int n;

  public FirstChars(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be >= 1: " + n);
    }
    this.n = n;
  }

  @Override
  public String apply(String value) {
    return value.length() <= n ? value : value.substring(0, n);
  }
}

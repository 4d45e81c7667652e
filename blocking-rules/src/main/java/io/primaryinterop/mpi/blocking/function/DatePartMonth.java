package io.primaryinterop.mpi.blocking.function;

import io.primaryinterop.mpi.blocking.KeyFunction;

/** {@code month(date)}: the MM part of a {@code yyyy-MM-dd} date, e.g. 1972-03-13 -> 03; no key for anything else. */
public final class DatePartMonth implements KeyFunction {
  @Override
  public String apply(String value) {
    return IsoDate.matches(value) ? value.substring(5, 7) : null;
  }
}

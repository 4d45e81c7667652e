package io.primaryinterop.mpi.blocking.function;

import io.primaryinterop.mpi.blocking.KeyFunction;

/** {@code year(date)}: the yyyy part of a {@code yyyy-MM-dd} date, e.g. 1972-03-13 -> 1972; no key for anything else. */
public final class DatePartYear implements KeyFunction {
  @Override
  public String apply(String value) {
    return IsoDate.matches(value) ? value.substring(0, 4) : null;
  }
}

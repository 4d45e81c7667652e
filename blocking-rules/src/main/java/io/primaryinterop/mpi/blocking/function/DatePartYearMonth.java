package io.primaryinterop.mpi.blocking.function;

import io.primaryinterop.mpi.blocking.KeyFunction;

/** {@code year_month(date)}: the yyyy-MM part of a {@code yyyy-MM-dd} date, e.g. 1972-03-13 -> 1972-03; no key for anything else. */
public final class DatePartYearMonth implements KeyFunction {
  @Override
  public String apply(String value) {
    return IsoDate.matches(value) ? value.substring(0, 7) : null;
  }
}

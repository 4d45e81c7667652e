package io.primaryinterop.mpi.blocking.function;

import io.primaryinterop.mpi.blocking.KeyFunction;

/** {@code day_month(date)}: the MM-dd part of a {@code yyyy-MM-dd} date, month and day without the year, e.g. 1972-03-13 -> 03-13; no key for anything else. */
public final class DatePartDayMonth implements KeyFunction {
  @Override
  public String apply(String value) {
    return IsoDate.matches(value) ? value.substring(5, 10) : null;
  }
}

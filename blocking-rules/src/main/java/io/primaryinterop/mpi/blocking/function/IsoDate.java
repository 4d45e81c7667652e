package io.primaryinterop.mpi.blocking.function;

/** Shared by the date functions: recognizes the normalized {@code yyyy-MM-dd} shape. */
final class IsoDate {
  private IsoDate() {
  }

  /** True for {@code dddd-dd-dd}; the normalizer has already rejected impossible dates. */
  static boolean matches(String value) {
    if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      if (i != 4 && i != 7 && (value.charAt(i) < '0' || value.charAt(i) > '9')) {
        return false;
      }
    }
    return true;
  }
}

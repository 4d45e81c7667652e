package io.primaryinterop.mpi.blocking.function;

/** Shared by the phonetic functions: they code the letters A-Z only. */
final class Letters {
  private Letters() {
  }

  /**
   * The letters A-Z of a normalized value, so that "O BRIEN" and "OBRIEN" code alike and the codecs
   * never see a character they reject; {@code null} when none.
   */
  static String only(String value) {
    int n = value.length();
    int letters = 0;
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        letters++;
      }
    }
    if (letters == n) {
      return value;
    }
    if (letters == 0) {
      return null;
    }
    StringBuilder s = new StringBuilder(letters);
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        s.append(c);
      }
    }
    return s.toString();
  }
}

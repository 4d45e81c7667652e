package io.primaryinterop.mpi.blocking;

import java.util.List;
import java.util.Objects;

/**
 * One part of a rule: a field, with the key functions applied to it innermost first
 * ({@code first(soundex(family_name), 2)} is family_name, then soundex, then first).
 *
 * @param field canonical field name
 * @param chain key functions, innermost first (empty for the field itself)
 * @param text  canonical text of the term
 */
record Term(String field, List<KeyFunction> chain, String text) {
  Term {
    Objects.requireNonNull(field, "field");
    chain = List.copyOf(chain);
    Objects.requireNonNull(text, "text");
  }

  /** This term's key part for a normalized value; {@code null} when the value or any step gives nothing. */
  String evaluate(String value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    for (KeyFunction function : chain) {
      value = function.apply(value);
      if (value == null || value.isEmpty()) {
        return null;
      }
    }
    return value;
  }
}

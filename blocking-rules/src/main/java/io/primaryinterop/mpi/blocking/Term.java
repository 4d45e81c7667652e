package io.primaryinterop.mpi.blocking;

import java.util.List;
import java.util.Objects;

/**
 * One part of a rule: a field (or several joined by '+'), with the key functions applied to it
 * innermost first ({@code first(soundex(family_name), 2)} is family_name, then soundex, then first).
 *
 * @param fields canonical field names; several are joined by a space into one value, so that
 *               {@code sorted_tokens(given_name + family_name)} is the same when the names are swapped
 * @param chain  key functions, innermost first (empty for the field itself)
 * @param text   canonical text of the term
 */
record Term(List<String> fields, List<KeyFunction> chain, String text) {
  Term {
    fields = List.copyOf(fields);
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("a term reads at least one field");
    }
    chain = List.copyOf(chain);
    Objects.requireNonNull(text, "text");
  }

  /** The value the functions see: the field's, or the fields' joined by a space; null when any is unknown. */
  String input(FieldValues record) {
    if (fields.size() == 1) {
      return record.value(fields.get(0));
    }
    StringBuilder joined = new StringBuilder(32);
    for (String field : fields) {
      String value = record.value(field);
      if (value == null || value.isEmpty()) {
        return null;
      }
      if (!joined.isEmpty()) {
        joined.append(' ');
      }
      joined.append(value);
    }
    return joined.toString();
  }

  /** This term's key part for an input value; {@code null} when the value or any step gives nothing. */
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

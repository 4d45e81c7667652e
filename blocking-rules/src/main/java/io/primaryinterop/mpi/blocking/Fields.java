package io.primaryinterop.mpi.blocking;

import java.util.List;
import java.util.Map;

/** The canonical field names a blocking rule may read (the patient CSV's columns) and their aliases. */
public final class Fields {
  /** Canonical field names, in the patient CSV's order. */
  public static final List<String> CANONICAL = List.of(
      "record_id", "source", "given_name", "middle_name", "family_name", "sex", "birth_date",
      "address_line", "city", "state", "postal_code", "country", "phone", "email", "national_id");

  /** Aliases accepted in rule text; the compiled rule reads the canonical name. */
  public static final Map<String, String> ALIASES = Map.of("dob", "birth_date");

  private Fields() {
  }

  /** The canonical name for a name or alias, or {@code null} when unknown. */
  static String canonical(String name) {
    if (CANONICAL.contains(name)) {
      return name;
    }
    return ALIASES.get(name);
  }
}

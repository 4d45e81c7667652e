package io.primaryinterop.mpi.blocking;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A compiled blocking rule, e.g. {@code soundex(family_name) & year(birth_date)}: two records are a
 * candidate pair under it when all its terms give the same, known, key parts. The same compiled rule
 * serves the batch index ({@link BlockingRuleSet#index}) and the service's key -> record index ({@link #key}).
 */
public final class BlockingRule {
  /** Joins the parts of a key; a control character that normalized values never hold. */
  public static final char KEY_SEPARATOR = '\u001F';

  private final String text;
  private final String canonicalText;
  private final List<Term> terms;
  private final Set<String> fields;

  private BlockingRule(String text, List<Term> terms) {
    this.text = text;
    this.terms = List.copyOf(terms);
    this.canonicalText = terms.stream().map(Term::text).collect(Collectors.joining(" & "));
    Set<String> inOrder = new LinkedHashSet<>();
    terms.forEach(term -> inOrder.addAll(term.fields()));
    this.fields = Collections.unmodifiableSet(inOrder);
  }

  /**
   * Compiles rule text.
   *
   * @throws BlockingRuleSyntaxException naming the column, what was found and what was expected
   */
  public static BlockingRule parse(String text) {
    Objects.requireNonNull(text, "blocking rule text");
    String trimmed = text.strip();
    return new BlockingRule(trimmed, BlockingRuleParser.parse(trimmed));
  }

  /** The rule as written (trimmed). */
  public String text() {
    return text;
  }

  /**
   * The rule in one spelling: canonical field names, single spaces ({@code first(given_name, 1) & dob}
   * becomes {@code first(given_name, 1) & birth_date}). Store this, not {@link #text()}, next to keys.
   */
  public String canonicalText() {
    return canonicalText;
  }

  /** The canonical field names the rule reads, in rule order. */
  public Set<String> fields() {
    return fields;
  }

  /** How many terms ('&amp;'-joined parts) the rule has. */
  public int termCount() {
    return terms.size();
  }

  /**
   * The record's key under this rule, or {@code null} when any part is unknown (unknown never blocks
   * records together). Parts are joined by {@link #KEY_SEPARATOR}.
   */
  public String key(FieldValues record) {
    if (terms.size() == 1) {
      Term only = terms.get(0);
      return only.evaluate(only.input(record));
    }
    StringBuilder key = new StringBuilder(32);
    for (int i = 0; i < terms.size(); i++) {
      Term term = terms.get(i);
      String part = term.evaluate(term.input(record));
      if (part == null) {
        return null;
      }
      if (i > 0) {
        key.append(KEY_SEPARATOR);
      }
      key.append(part);
    }
    return key.toString();
  }

  /** A key as people read it: parts joined by " | ". */
  public static String displayKey(String key) {
    return key == null ? null : key.replace(String.valueOf(KEY_SEPARATOR), " | ");
  }

  List<Term> terms() {
    return terms;
  }

  /** Rules are equal when their canonical text is. */
  @Override
  public boolean equals(Object o) {
    return o instanceof BlockingRule other && canonicalText.equals(other.canonicalText);
  }

  @Override
  public int hashCode() {
    return canonicalText.hashCode();
  }

  @Override
  public String toString() {
    return canonicalText;
  }
}

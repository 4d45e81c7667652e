package io.primaryinterop.mpi.blocking;

/** A blocking rule that does not parse: names the 1-based column, what was found and what was expected. */
public final class BlockingRuleSyntaxException extends IllegalArgumentException {
  private final String rule;
  private final int column;
  private final String found;
  private final String expected;

  BlockingRuleSyntaxException(String rule, int column, String found, String expected) {
    this(rule, column, found, expected, "expected " + expected + " but found " + found);
  }

  BlockingRuleSyntaxException(String rule, int column, String found, String expected, String detail) {
    super("blocking rule \"" + rule + "\", column " + column + ": " + detail);
    this.rule = rule;
    this.column = column;
    this.found = found;
    this.expected = expected;
  }

  /** The rule text as given. */
  public String rule() {
    return rule;
  }

  /** 1-based column of the offending token. */
  public int column() {
    return column;
  }

  /** What was found there, e.g. {@code "')'"} or {@code "end of rule"}. */
  public String found() {
    return found;
  }

  /** What would have been accepted there. */
  public String expected() {
    return expected;
  }
}

package io.primaryinterop.mpi.blocking;

import java.util.ArrayList;
import java.util.List;

/**
 * Recursive descent over the rule grammar (whitespace is free):
 * <pre>
 * rule   := term ('&amp;' term)*
 * term   := fields | function '(' term (',' integer)* ')'
 * fields := field ('+' field)*
 * </pre>
 */
final class BlockingRuleParser {
  private static final String TERM = "a field or a function";

  private final String text;
  private int pos;

  private BlockingRuleParser(String text) {
    this.text = text;
  }

  static List<Term> parse(String text) {
    BlockingRuleParser parser = new BlockingRuleParser(text);
    List<Term> terms = new ArrayList<>();
    terms.add(parser.term());
    while (true) {
      parser.skipSpaces();
      if (parser.atEnd()) {
        return terms;
      }
      if (parser.peek() != '&') {
        throw parser.error("'&' or end of rule");
      }
      parser.pos++;
      terms.add(parser.term());
    }
  }

  private Term term() {
    skipSpaces();
    if (atEnd() || !isIdentifierStart(peek())) {
      throw error(TERM);
    }
    int start = pos;
    String name = identifier();
    skipSpaces();
    if (!atEnd() && peek() == '(') {
      return function(name, start);
    }
    List<String> fields = new ArrayList<>();
    fields.add(field(name, start));
    while (true) {
      skipSpaces();
      if (atEnd() || peek() != '+') {
        return new Term(fields, List.of(), String.join(" + ", fields));
      }
      pos++;
      skipSpaces();
      if (atEnd() || !isIdentifierStart(peek())) {
        throw error("a field");
      }
      int fieldStart = pos;
      String next = identifier();
      fields.add(field(next, fieldStart));
    }
  }

  private String field(String name, int start) {
    String field = Fields.canonical(name);
    if (field == null) {
      throw new BlockingRuleSyntaxException(text, start + 1, quoted(name), "a field or a function",
          "unknown field '" + name + "'; known fields: " + String.join(", ", Fields.CANONICAL)
              + " (alias dob = birth_date); a function needs '(' after its name");
    }
    return field;
  }

  private Term function(String name, int start) {
    KeyFunctionSpec spec = KeyFunctions.REGISTRY.get(name);
    if (spec == null) {
      throw new BlockingRuleSyntaxException(text, start + 1, quoted(name), "a known function",
          "unknown function '" + name + "'; known functions: " + KeyFunctions.knownNames());
    }
    pos++; // '('
    Term inner = term();
    List<Integer> ints = new ArrayList<>();
    while (true) {
      skipSpaces();
      String closing = ints.size() < spec.maxInts() ? "',' or ')'" : "')'";
      if (atEnd()) {
        throw error(closing);
      }
      char c = peek();
      if (c == ')') {
        pos++;
        break;
      }
      if (c != ',' || ints.size() >= spec.maxInts()) {
        throw error(closing);
      }
      pos++;
      skipSpaces();
      ints.add(integer());
    }
    if (ints.size() < spec.minInts()) {
      throw new BlockingRuleSyntaxException(text, start + 1, quoted(name), spec.usage(),
          name + " needs " + spec.minInts() + " integer argument(s): " + spec.usage());
    }
    int[] args = ints.stream().mapToInt(Integer::intValue).toArray();
    KeyFunction function;
    try {
      function = spec.factory().apply(args);
    } catch (IllegalArgumentException e) {
      throw new BlockingRuleSyntaxException(text, start + 1, quoted(name), spec.usage(),
          name + ": " + e.getMessage());
    }
    List<KeyFunction> chain = new ArrayList<>(inner.chain());
    chain.add(function);
    StringBuilder canonical = new StringBuilder(name).append('(').append(inner.text());
    for (int arg : args) {
      canonical.append(", ").append(arg);
    }
    return new Term(inner.fields(), chain, canonical.append(')').toString());
  }

  private int integer() {
    int start = pos;
    while (!atEnd() && peek() >= '0' && peek() <= '9') {
      pos++;
    }
    if (start == pos) {
      throw error("an integer");
    }
    String digits = text.substring(start, pos);
    if (digits.length() > 6) {
      throw new BlockingRuleSyntaxException(text, start + 1, quoted(digits), "an integer up to 999999");
    }
    return Integer.parseInt(digits);
  }

  private String identifier() {
    int start = pos;
    while (!atEnd() && isIdentifierPart(peek())) {
      pos++;
    }
    return text.substring(start, pos);
  }

  private BlockingRuleSyntaxException error(String expected) {
    return new BlockingRuleSyntaxException(text, pos + 1, found(), expected);
  }

  private String found() {
    if (atEnd()) {
      return "end of rule";
    }
    if (isIdentifierStart(peek())) {
      int end = pos;
      while (end < text.length() && isIdentifierPart(text.charAt(end))) {
        end++;
      }
      return quoted(text.substring(pos, end));
    }
    return quoted(String.valueOf(peek()));
  }

  private static String quoted(String s) {
    return "'" + s + "'";
  }

  private void skipSpaces() {
    while (!atEnd() && Character.isWhitespace(peek())) {
      pos++;
    }
  }

  private boolean atEnd() {
    return pos >= text.length();
  }

  private char peek() {
    return text.charAt(pos);
  }

  private static boolean isIdentifierStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  private static boolean isIdentifierPart(char c) {
    return isIdentifierStart(c) || (c >= '0' && c <= '9');
  }
}

package io.primaryinterop.mpi.datasets.generator;

import java.util.Locale;

/**
 * A phonetic misspelling: the letters {@code from} (lower case) written as {@code to}, at the start or end of
 * a word or anywhere.
 */
public record PhoneticRule(String from, String to, Where where) {

    /** Where in a value the letters must occur. */
    public enum Where { START, END, ANY }

    public PhoneticRule {
        if (from == null || from.isEmpty() || to == null || where == null) {
            throw new IllegalArgumentException("phonetic rule needs from, to and where: " + from + "," + to + "," + where);
        }
        from = from.toLowerCase(Locale.ROOT);
        to = to.toLowerCase(Locale.ROOT);
    }

    /** Position in a lower-case value where the rule applies, or -1. */
    public int indexIn(String lowerCase) {
        return switch (where) {
            case START -> lowerCase.startsWith(from) ? 0 : -1;
            case END -> lowerCase.endsWith(from) && lowerCase.length() > from.length() ? lowerCase.length() - from.length() : -1;
            case ANY -> lowerCase.indexOf(from, 1) >= 1 ? lowerCase.indexOf(from, 1) : lowerCase.indexOf(from);
        };
    }
}

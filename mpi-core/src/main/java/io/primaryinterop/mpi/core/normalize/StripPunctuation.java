package io.primaryinterop.mpi.core.normalize;

/**
 * Removes punctuation and symbols; letters, digits and spaces stay. Characters listed as
 * separators become a space instead of vanishing, so {@code O'Brien -> O Brien} and
 * {@code Boyd-Brooks -> Boyd Brooks} keep their word boundary while {@code St. -> St}.
 * Any whitespace becomes a plain space.
 */
public final class StripPunctuation implements NormalizationStep {

    private final String separators;

    private StripPunctuation(String separators) {
        this.separators = separators;
    }

    /** Hyphens and apostrophes separate name parts; other punctuation is dropped. */
    public static StripPunctuation forNames() {
        return new StripPunctuation("-'\u2019\u2010\u2011\u2013\u2014`");
    }

    /** Every punctuation mark separates words (addresses: {@code "12 Main St,Apt 3"}). */
    public static StripPunctuation toSpaces() {
        return new StripPunctuation(null);
    }

    /** Punctuation listed in {@code separators} becomes a space, the rest is dropped. */
    public static StripPunctuation withSeparators(String separators) {
        return new StripPunctuation(separators == null ? "" : separators);
    }

    @Override
    public String apply(String value) {
        StringBuilder out = null;
        // by code point: a letter outside the BMP is two chars, neither of them a letter on its own
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            int next = i + Character.charCount(c);
            int replacement;
            if (Character.isLetterOrDigit(c) || c == ' ') {
                if (out != null) {
                    out.appendCodePoint(c);
                }
                i = next;
                continue;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c) || isSeparator(c)) {
                replacement = ' ';
            } else {
                replacement = 0;
            }
            if (out == null) {
                out = new StringBuilder(value.length());
                out.append(value, 0, i);
            }
            if (replacement != 0) {
                out.append((char) replacement);
            }
            i = next;
        }
        return out == null ? value : out.toString();
    }

    private boolean isSeparator(int c) {
        return separators == null || separators.indexOf(c) >= 0;
    }
}

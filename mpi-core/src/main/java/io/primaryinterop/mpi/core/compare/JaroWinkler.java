package io.primaryinterop.mpi.core.compare;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Jaro–Winkler similarity, the same numbers as Commons Text's {@link JaroWinklerSimilarity} (tested
 * against it), without allocating: Commons Text boxes its result and allocates four arrays per call,
 * which costs more than the comparison itself in a scoring loop that runs millions of times per second.
 * Strings up to 64 characters keep their matched positions in two {@code long} bit sets; longer ones
 * (rare for patient fields) are handed to Commons Text.
 */
public final class JaroWinkler implements FieldComparator {

    private static final JaroWinklerSimilarity LONG_STRINGS = new JaroWinklerSimilarity();
    private static final int OTHER_BIT = 63;
    /** {@link #bit} of the ASCII characters, looked up: the bound's loops run once per character. */
    private static final byte[] ASCII_BITS = new byte[128];

    static {
        for (char c = 0; c < ASCII_BITS.length; c++) {
            ASCII_BITS[c] = (byte) classify(c);
        }
    }

    /**
     * Which characters a value contains, as bits (A-Z, a-z, 0-9, space; everything else shares one bit).
     * A table computes it once per distinct value, for {@link #upperBound}.
     */
    public static long characterMask(String value) {
        long mask = 0L;
        for (int i = 0; i < value.length(); i++) {
            mask |= 1L << bit(value.charAt(i));
        }
        return mask;
    }

    /** The character class of {@link #characterMask}: the bit a character sets. */
    static int bit(char c) {
        return c < ASCII_BITS.length ? ASCII_BITS[c] : OTHER_BIT;
    }

    private static int classify(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return 26 + c - 'a';
        }
        if (c >= '0' && c <= '9') {
            return 52 + c - '0';
        }
        return c == ' ' ? 62 : OTHER_BIT;
    }

    /**
     * An upper bound of {@link #similarity}, from the character masks of both values: a character of one
     * side that never occurs in the other cannot be matched. Costs one pass over each string and no
     * matching window, so a level "Jaro–Winkler >= 0.9" rejects most unrelated pairs without computing
     * the similarity (JAMES / ROBERT: at most one match, bound 0.46). Never below the similarity.
     */
    public double upperBound(String a, long maskA, String b, long maskB) {
        int lengthA = a.length();
        int lengthB = b.length();
        if (lengthA == 0 || lengthB == 0 || a.equals(b)) {
            return lengthA == lengthB ? 1.0 : 0.0;
        }
        int possibleA = 0;
        for (int i = 0; i < lengthA; i++) {
            possibleA += (int) (maskB >>> bit(a.charAt(i))) & 1;
        }
        int possibleB = 0;
        for (int i = 0; i < lengthB; i++) {
            possibleB += (int) (maskA >>> bit(b.charAt(i))) & 1;
        }
        int matches = Math.min(possibleA, possibleB);
        if (matches == 0) {
            return 0.0;
        }
        int prefix = 0;
        int prefixEnd = Math.min(4, Math.min(lengthA, lengthB));
        while (prefix < prefixEnd && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return boundOfMatches(matches, lengthA, lengthB, prefix);
    }

    /**
     * The similarity of two values of these lengths with at most {@code matches} matched characters, no
     * transpositions and a common prefix of at most {@code prefix}: an upper bound of the true value.
     */
    static double boundOfMatches(int matches, int lengthA, int lengthB, int prefix) {
        if (matches <= 0) {
            return 0.0;
        }
        double m = matches;
        // the similarity's own formula with no transpositions: floating-point operations are monotone
        double jaro = (m / lengthA + m / lengthB + (m - 0.0 / 2) / m) / 3;
        return jaro < 0.7 ? jaro : jaro + 0.1 * prefix * (1.0 - jaro);
    }

    @Override
    public double similarity(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        int lengthA = a.length();
        int lengthB = b.length();
        if (lengthA == 0 || lengthB == 0) {
            return 0.0;
        }
        String longer = lengthA > lengthB ? a : b;
        String shorter = lengthA > lengthB ? b : a;
        int longLength = longer.length();
        int shortLength = shorter.length();
        if (longLength > 64) {
            return LONG_STRINGS.apply(a, b);
        }
        int range = Math.max(longLength / 2 - 1, 0);
        long longMatched = 0L;
        long shortMatched = 0L;
        int matches = 0;
        for (int si = 0; si < shortLength; si++) {
            char c = shorter.charAt(si);
            int end = Math.min(si + range + 1, longLength);
            for (int li = Math.max(si - range, 0); li < end; li++) {
                long bit = 1L << li;
                if ((longMatched & bit) == 0 && c == longer.charAt(li)) {
                    longMatched |= bit;
                    shortMatched |= 1L << si;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        // matched characters in order on both sides; each position where they differ is half a transposition
        int halfTranspositions = 0;
        long s = shortMatched;
        long l = longMatched;
        while (s != 0) {
            if (shorter.charAt(Long.numberOfTrailingZeros(s)) != longer.charAt(Long.numberOfTrailingZeros(l))) {
                halfTranspositions++;
            }
            s &= s - 1;
            l &= l - 1;
        }
        int prefix = 0;
        int prefixEnd = Math.min(4, shortLength);
        while (prefix < prefixEnd && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        double m = matches;
        double jaro = (m / lengthA + m / lengthB + (m - (double) halfTranspositions / 2) / m) / 3;
        return jaro < 0.7 ? jaro : jaro + 0.1 * prefix * (1.0 - jaro);
    }
}

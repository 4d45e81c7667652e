package io.primaryinterop.mpi.core.compare;

/**
 * A distinct value's facts that bound its similarities, in two {@code long}s next to each other in one
 * array (one cache line per value): which characters it contains (see {@link JaroWinkler#characterMask}),
 * its length, how many distinct tokens it has and a 32-bit signature of their ids. A level
 * "Jaro–Winkler >= t" or "token overlap >= s" rejects most unrelated pairs from the two summaries alone,
 * without reading either string or token array: in the scoring loop those reads are cache misses and
 * were most of an address pair's cost. The bounds are never below the true values, so levels do not
 * change.
 */
final class ValueSummary {

    /** Stride of a summary array: two longs per code. */
    static final int LONGS = 2;

    /** A length or token count that does not fit in 16 bits: no bound from the summary. */
    private static final int UNKNOWN = 0xFFFF;

    private ValueSummary() {
    }

    /**
     * The summaries of a dictionary; {@code tokens} (sorted, distinct token ids per code, or null when no
     * level needs them) fills the token part.
     */
    static long[] of(String[] dictionary, int[][] tokens) {
        long[] summaries = new long[dictionary.length * LONGS];
        for (int code = 0; code < dictionary.length; code++) {
            String value = dictionary[code];
            long signature = 0L;
            int tokenCount = UNKNOWN;
            if (tokens != null) {
                for (int id : tokens[code]) {
                    signature |= 1L << (id & 31);
                }
                tokenCount = Math.min(tokens[code].length, UNKNOWN);
            }
            summaries[code * LONGS] = JaroWinkler.characterMask(value);
            summaries[code * LONGS + 1] = signature << 32 | (long) tokenCount << 16 | Math.min(value.length(), UNKNOWN);
        }
        return summaries;
    }

    static long mask(long[] summaries, int code) {
        return summaries[code * LONGS];
    }

    /**
     * An upper bound of the Jaro–Winkler similarity of two different values: each character class one
     * value has and the other lacks takes at least one position out of the possible matches.
     */
    static double jaroWinklerBound(long[] summaries, int codeA, int codeB) {
        long maskA = summaries[codeA * LONGS];
        long maskB = summaries[codeB * LONGS];
        int lengthA = (int) summaries[codeA * LONGS + 1] & UNKNOWN;
        int lengthB = (int) summaries[codeB * LONGS + 1] & UNKNOWN;
        if (lengthA == UNKNOWN || lengthB == UNKNOWN || lengthA == 0 || lengthB == 0) {
            return 1.0;
        }
        int possibleA = lengthA - Long.bitCount(maskA & ~maskB);
        int possibleB = lengthB - Long.bitCount(maskB & ~maskA);
        return JaroWinkler.boundOfMatches(Math.min(possibleA, possibleB), lengthA, lengthB,
                Math.min(4, Math.min(lengthA, lengthB)));
    }

    /**
     * An upper bound of the token overlap (Jaccard) of two values: a signature bit that one value has and
     * the other lacks stands for at least one token the other does not have.
     */
    static double tokenShareBound(long[] summaries, int codeA, int codeB) {
        long a = summaries[codeA * LONGS + 1];
        long b = summaries[codeB * LONGS + 1];
        int countA = (int) (a >>> 16) & UNKNOWN;
        int countB = (int) (b >>> 16) & UNKNOWN;
        if (countA == UNKNOWN || countB == UNKNOWN || countA == 0 && countB == 0) {
            return 1.0;
        }
        long signatureA = a >>> 32;
        long signatureB = b >>> 32;
        int common = Math.min(countA - Long.bitCount(signatureA & ~signatureB),
                countB - Long.bitCount(signatureB & ~signatureA));
        return common <= 0 ? 0.0 : (double) common / (countA + countB - common);
    }
}

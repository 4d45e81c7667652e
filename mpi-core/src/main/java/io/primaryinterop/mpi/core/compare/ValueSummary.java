package io.primaryinterop.mpi.core.compare;

/**
 * A distinct value's facts that bound its similarities, in two {@code long}s next to each other in one
 * array (one cache line per value): which characters it contains (see {@link JaroWinkler#characterMask}),
 * its length, the character classes of its first four characters, how many distinct tokens it has and a
 * 24-bit signature of their ids. A level "Jaro–Winkler >= t" or "token overlap >= s" rejects most
 * unrelated pairs from the two summaries alone, without reading either string or token array: in the
 * scoring loop those reads are cache misses and were most of an address pair's cost. The bounds are never
 * below the true values (a shared class of characters may hide different characters, which only
 * loosens them), so levels do not change.
 *
 * <p>Second long, from the low bits: length (8 bits), token count (8 bits), four prefix character
 * classes (6 bits each), token signature (24 bits); a length or count over 254 means "no bound".
 */
final class ValueSummary {

    /** Stride of a summary array: two longs per code. */
    static final int LONGS = 2;

    private static final int UNKNOWN = 0xFF;
    private static final int PREFIX = 4;
    private static final int CLASS_BITS = 6;
    private static final int SIGNATURE_BITS = 24;

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
                    signature |= 1L << (id % SIGNATURE_BITS);
                }
                tokenCount = Math.min(tokens[code].length, UNKNOWN);
            }
            long prefix = 0L;
            for (int i = 0; i < Math.min(PREFIX, value.length()); i++) {
                prefix |= (long) JaroWinkler.bit(value.charAt(i)) << (CLASS_BITS * i);
            }
            summaries[code * LONGS] = JaroWinkler.characterMask(value);
            summaries[code * LONGS + 1] = signature << 40 | prefix << 16 | (long) tokenCount << 8
                    | Math.min(value.length(), UNKNOWN);
        }
        return summaries;
    }

    static long mask(long[] summaries, int code) {
        return summaries[code * LONGS];
    }

    /**
     * An upper bound of the Jaro–Winkler similarity of two different values: each character class one
     * value has and the other lacks takes at least one position out of the possible matches, and the
     * common prefix is at most as long as the run of equal prefix classes.
     */
    static double jaroWinklerBound(long[] summaries, int codeA, int codeB) {
        long maskA = summaries[codeA * LONGS];
        long maskB = summaries[codeB * LONGS];
        long a = summaries[codeA * LONGS + 1];
        long b = summaries[codeB * LONGS + 1];
        int lengthA = (int) a & UNKNOWN;
        int lengthB = (int) b & UNKNOWN;
        if (lengthA == UNKNOWN || lengthB == UNKNOWN || lengthA == 0 || lengthB == 0) {
            return 1.0;
        }
        int possibleA = lengthA - Long.bitCount(maskA & ~maskB);
        int possibleB = lengthB - Long.bitCount(maskB & ~maskA);
        int prefixEnd = Math.min(PREFIX, Math.min(lengthA, lengthB));
        long differing = (a ^ b) >>> 16;
        int prefix = 0;
        while (prefix < prefixEnd && (differing >>> (CLASS_BITS * prefix) & 63) == 0) {
            prefix++;
        }
        return JaroWinkler.boundOfMatches(Math.min(possibleA, possibleB), lengthA, lengthB, prefix);
    }

    /**
     * An upper bound of the token overlap (Jaccard) of two values: a signature bit that one value has and
     * the other lacks stands for at least one token the other does not have.
     */
    static double tokenShareBound(long[] summaries, int codeA, int codeB) {
        long a = summaries[codeA * LONGS + 1];
        long b = summaries[codeB * LONGS + 1];
        int countA = (int) (a >>> 8) & UNKNOWN;
        int countB = (int) (b >>> 8) & UNKNOWN;
        if (countA == UNKNOWN || countB == UNKNOWN || countA == 0 && countB == 0) {
            return 1.0;
        }
        long signatureA = a >>> 40;
        long signatureB = b >>> 40;
        int common = Math.min(countA - Long.bitCount(signatureA & ~signatureB),
                countB - Long.bitCount(signatureB & ~signatureA));
        return common <= 0 ? 0.0 : (double) common / (countA + countB - common);
    }
}

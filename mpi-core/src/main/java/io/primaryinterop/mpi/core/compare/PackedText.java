package io.primaryinterop.mpi.core.compare;

/**
 * Short normalized values (up to 10 characters of A-Z, 0-9, space and hyphen: most names, phone
 * numbers, national ids, postal codes, ISO birth dates) packed into one {@code long}, 6 bits per
 * character and the length in the top 4 bits. A table keeps one per distinct value, so "at most one edit" reads one {@code long} per
 * side instead of a String and its byte array: in the scoring loop those are cache misses, and they
 * were most of a pair's cost.
 */
final class PackedText {

    /** A value that does not fit (too long or another character): compare the strings. */
    static final long NOT_PACKED = -1L;

    private static final int BITS = 6;
    private static final int MAX_LENGTH = 10;

    private PackedText() {
    }

    static long pack(String value) {
        int length = value.length();
        if (length > MAX_LENGTH) {
            return NOT_PACKED;
        }
        long packed = (long) length << 60;
        for (int i = 0; i < length; i++) {
            int symbol = symbol(value.charAt(i));
            if (symbol == 0) {
                return NOT_PACKED;
            }
            packed |= (long) symbol << (BITS * i);
        }
        return packed;
    }

    private static int symbol(char c) {
        if (c >= 'A' && c <= 'Z') {
            return 1 + c - 'A';
        }
        if (c >= '0' && c <= '9') {
            return 27 + c - '0';
        }
        if (c == ' ') {
            return 37;
        }
        return c == '-' ? 38 : 0; // ISO birth dates: "one typed digit" on 1972-03-13 reads two longs
    }

    static int length(long packed) {
        return (int) (packed >>> 60);
    }

    private static int at(long packed, int index) {
        return (int) (packed >>> (BITS * index)) & 63;
    }

    /** The same answer as the string form: 0 (equal), 1 (one edit), -1 (more). Both must be packed. */
    static int withinOne(long a, long b, boolean transpositions) {
        if (a == b) {
            return 0;
        }
        int lengthA = length(a);
        int lengthB = length(b);
        if (Math.abs(lengthA - lengthB) > 1) {
            return -1;
        }
        int shorter = Math.min(lengthA, lengthB);
        int i = 0;
        while (i < shorter && at(a, i) == at(b, i)) {
            i++;
        }
        if (lengthA == lengthB) {
            if (sameRun(a, i + 1, b, i + 1, lengthA - i - 1)) {
                return 1;
            }
            boolean swapped = transpositions && i + 1 < lengthA && at(a, i) == at(b, i + 1) && at(a, i + 1) == at(b, i)
                    && sameRun(a, i + 2, b, i + 2, lengthA - i - 2);
            return swapped ? 1 : -1;
        }
        if (lengthA > lengthB) {
            return sameRun(a, i + 1, b, i, lengthB - i) ? 1 : -1;
        }
        return sameRun(b, i + 1, a, i, lengthA - i) ? 1 : -1;
    }

    private static boolean sameRun(long x, int fromX, long y, int fromY, int count) {
        if (count <= 0) {
            return true;
        }
        long mask = (1L << (BITS * count)) - 1;
        return ((x >>> (BITS * fromX)) & mask) == ((y >>> (BITS * fromY)) & mask);
    }
}

package io.primaryinterop.mpi.core.linker;

/** Small CSV writing helpers for the hot output paths (RFC 4180 quoting, fixed decimals without String.format). */
final class CsvText {
    private CsvText() {
    }

    /** Appends a cell, quoted when it holds a comma, quote or line break. */
    static StringBuilder cell(StringBuilder out, String value) {
        if (value == null) {
            return out;
        }
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            return out.append(value);
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        return out.append('"');
    }

    /** Appends a number rounded to {@code decimals} places (at most 9), e.g. 12.3457. */
    static StringBuilder fixed(StringBuilder out, double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value) || Math.abs(value) > 1e15) {
            return out.append(value);
        }
        long scale = 1;
        for (int i = 0; i < decimals; i++) {
            scale *= 10;
        }
        long scaled = Math.round(Math.abs(value) * scale);
        if (value < 0 && scaled != 0) {
            out.append('-');
        }
        out.append(scaled / scale);
        if (decimals > 0) {
            out.append('.');
            String fraction = Long.toString(scaled % scale);
            for (int i = fraction.length(); i < decimals; i++) {
                out.append('0');
            }
            out.append(fraction);
        }
        return out;
    }
}

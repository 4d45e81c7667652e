package io.primaryinterop.mpi.datasets.generator;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;

/**
 * An RFC 4180 row writer: a value is quoted only when it holds a comma, a quote or a line break (or starts with
 * a character up to {@code #}, or ends with a space, or is an empty first value), quotes doubled, rows end with
 * CRLF: the same bytes as Commons CSV's {@code CSVFormat.DEFAULT} (the test checks it). Hand-written because it
 * is the generator's hot loop and it lets a row be encoded into a {@link StringBuilder} ahead of writing.
 */
public final class CsvRowWriter implements Closeable {

    private final Writer out;
    private final StringBuilder line = new StringBuilder(256);

    public CsvRowWriter(Writer out) {
        this.out = out;
    }

    public void writeRow(String... values) throws IOException {
        line.setLength(0);
        appendRow(line, values, 0);
        out.append(line);
    }

    /** Encodes {@code values[from..]} as one row, with the line end, into {@code sb}. */
    public static void appendRow(StringBuilder sb, String[] values, int from) {
        for (int i = from; i < values.length; i++) {
            if (i > from) {
                sb.append(',');
            }
            appendValue(sb, values[i], i == 0);
        }
        sb.append("\r\n");
    }

    /** Encodes one value; {@code firstInRow} quotes an empty value so that a row is never an empty line. */
    public static void appendValue(StringBuilder sb, String value, boolean firstInRow) {
        if (value == null || value.isEmpty()) {
            if (firstInRow) {
                sb.append("\"\"");
            }
            return;
        }
        if (!needsQuotes(value)) {
            sb.append(value);
            return;
        }
        sb.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                sb.append('"');
            }
            sb.append(c);
        }
        sb.append('"');
    }

    private static boolean needsQuotes(String value) {
        char first = value.charAt(0);
        if (first <= '#' || value.charAt(value.length() - 1) <= ' ') {
            return true; // as Commons CSV's minimal quoting: comment-like start, trailing whitespace
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}

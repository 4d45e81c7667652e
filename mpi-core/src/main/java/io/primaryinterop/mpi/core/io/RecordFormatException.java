package io.primaryinterop.mpi.core.io;

/**
 * A malformed input row: says which file, line (1-based, the header is line 1) and column, and why.
 * Never contains the row's values (patient data stays out of logs).
 */
public final class RecordFormatException extends RuntimeException {

    private final String file;
    private final long line;
    private final String column;
    private final String reason;

    public RecordFormatException(String file, long line, String column, String reason) {
        super(file + " line " + line + (column == null ? "" : ", column " + column) + ": " + reason);
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    /** The column name (or {@code #n} for a value beyond the header); {@code null} when the whole row is at fault. */
    public String column() {
        return column;
    }

    public String reason() {
        return reason;
    }
}

package io.primaryinterop.mpi.core.io;

/**
 * How readers treat bad input.
 *
 * @param skipBadRows skip a malformed row and count it instead of failing (quoting errors that leave
 *     the rest of the file unreadable still fail)
 * @param requireUniqueIds a repeated record_id is a malformed row (costs memory for the ids seen)
 * @param source the value for the {@code source} field when the file has none ({@code null}: leave empty)
 */
public record ReadOptions(boolean skipBadRows, boolean requireUniqueIds, String source) {

    /** Fail on the first malformed row; record ids must be unique. */
    public static ReadOptions strict() {
        return new ReadOptions(false, true, null);
    }

    /** Skip and count malformed rows; record ids must be unique. */
    public static ReadOptions skippingBadRows() {
        return new ReadOptions(true, true, null);
    }

    public ReadOptions withSkipBadRows(boolean skip) {
        return new ReadOptions(skip, requireUniqueIds, source);
    }

    public ReadOptions withSource(String newSource) {
        return new ReadOptions(skipBadRows, requireUniqueIds, newSource);
    }

    public ReadOptions withRequireUniqueIds(boolean require) {
        return new ReadOptions(skipBadRows, require, source);
    }
}

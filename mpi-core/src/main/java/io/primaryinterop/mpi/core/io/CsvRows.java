package io.primaryinterop.mpi.core.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * The shared part of the CSV readers: Commons CSV (RFC 4180) with a header row, line numbers for
 * errors, blank lines ignored, bad rows failing or skipped and counted, record ids checked for
 * uniqueness. Subclasses map a row to a record.
 */
abstract class CsvRows<T> implements Iterator<T>, Closeable {

    /** How many skipped-row errors are kept for the report (the count is exact). */
    static final int KEPT_ERRORS = 100;

    protected final String name;
    protected final ReadOptions options;
    protected final List<String> header;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Set<String> seenIds;
    private final List<RecordFormatException> skippedErrors = new ArrayList<>();
    private long skippedRows;
    private long line;
    private T pending;
    private CSVRecord pendingRow;
    private long pendingLine;
    private CSVRecord currentRow;
    private long currentLine;

    protected CsvRows(Reader reader, String name, ReadOptions options, boolean trim) {
        this.name = name;
        this.options = options;
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(false)
                .setTrim(trim)
                .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
                .get();
        try {
            this.parser = CSVParser.builder().setReader(reader).setFormat(format).get();
        } catch (IllegalArgumentException e) {
            throw new RecordFormatException(name, 1, null, "bad header: " + e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            throw new RecordFormatException(name, 1, null, "unreadable header: " + e.getMessage());
        }
        List<String> names = new ArrayList<>(parser.getHeaderNames());
        if (names.isEmpty()) {
            throw new RecordFormatException(name, 1, null, "no header row");
        }
        names.set(0, stripBom(names.get(0)));
        this.header = List.copyOf(names);
        this.records = parser.iterator();
        this.seenIds = options.requireUniqueIds() ? new HashSet<>() : null;
        this.line = 1;
    }

    /** Maps one well-formed row; throws {@link RecordFormatException} (via {@link #error}) when it is bad. */
    protected abstract T map(CSVRecord row);

    /** The record id of a mapped record (checked for uniqueness). */
    protected abstract String recordId(T record);

    protected RecordFormatException error(String column, String reason) {
        return new RecordFormatException(name, line, column, reason);
    }

    @Override
    public boolean hasNext() {
        while (pending == null) {
            CSVRecord row;
            try {
                long before = parser.getCurrentLineNumber();
                if (!records.hasNext()) {
                    return false;
                }
                row = records.next();
                line = before + 1;
            } catch (UncheckedIOException | IllegalStateException e) {
                // a quoting error leaves the parser's position unknown: always fatal
                throw new RecordFormatException(name, parser.getCurrentLineNumber() + 1, null,
                        "malformed CSV (" + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()) + ")");
            }
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue; // blank line
            }
            try {
                if (row.size() != header.size()) {
                    String column = row.size() > header.size() ? "#" + (header.size() + 1) : header.get(row.size());
                    throw error(column, "expected " + header.size() + " values as in the header, found " + row.size());
                }
                T record = map(row);
                if (seenIds != null && !seenIds.add(recordId(record))) {
                    throw error("record_id", "record_id repeats an earlier row");
                }
                pending = record;
                pendingRow = row;
                pendingLine = line;
            } catch (RecordFormatException e) {
                if (!options.skipBadRows()) {
                    throw e;
                }
                skippedRows++;
                if (skippedErrors.size() < KEPT_ERRORS) {
                    skippedErrors.add(e);
                }
            }
        }
        return true;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T record = pending;
        pending = null;
        currentRow = pendingRow;
        currentLine = pendingLine;
        return record;
    }

    /** The line where the record last returned by {@link #next()} starts. */
    public long line() {
        return currentLine;
    }

    /** The CSV row of the record last returned by {@link #next()}. */
    protected CSVRecord currentRow() {
        return currentRow;
    }

    /** The header's column names as in the file. */
    public List<String> header() {
        return header;
    }

    /** Rows skipped as malformed (with {@link ReadOptions#skipBadRows()}). */
    public long skippedRows() {
        return skippedRows;
    }

    /** The errors of the first skipped rows (at most {@value #KEPT_ERRORS}). */
    public List<RecordFormatException> skippedRowErrors() {
        return List.copyOf(skippedErrors);
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + name, e);
        }
    }

    private static String stripBom(String column) {
        return !column.isEmpty() && column.charAt(0) == '\uFEFF' ? column.substring(1) : column;
    }
}

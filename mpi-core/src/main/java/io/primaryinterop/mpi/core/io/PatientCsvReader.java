package io.primaryinterop.mpi.core.io;

import io.primaryinterop.mpi.core.record.PatientField;
import io.primaryinterop.mpi.core.record.PatientRecord;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams {@link PatientRecord}s from the canonical patient CSV (docs/patient-csv.md): UTF-8, RFC 4180,
 * a header row naming the columns in any order ({@code dob} is accepted for birth_date); columns the
 * format does not know are kept aside ({@link #unknownColumns()}, {@link #extraValues()}); a missing
 * optional column is empty. record_id is required in the header and in every row. A malformed row is a
 * {@link RecordFormatException} naming line and column, or, with {@link ReadOptions#skipBadRows()},
 * skipped and counted. Values are returned as written: normalization happens when the table is built.
 */
public final class PatientCsvReader extends CsvRows<PatientRecord> {

    private final int[] columnOfField = new int[PatientField.COUNT];
    private final List<Integer> unknownIndexes = new ArrayList<>();
    private final List<String> unknownColumns = new ArrayList<>();

    private PatientCsvReader(Reader reader, String name, ReadOptions options) {
        super(reader, name, options, false);
        Arrays.fill(columnOfField, -1);
        for (int i = 0; i < header.size(); i++) {
            PatientField field = PatientField.byColumnOrNull(header.get(i));
            if (field == null) {
                unknownIndexes.add(i);
                unknownColumns.add(header.get(i));
            } else if (columnOfField[field.ordinal()] >= 0) {
                throw new RecordFormatException(name, 1, header.get(i), "column repeats " + field.column());
            } else {
                columnOfField[field.ordinal()] = i;
            }
        }
        if (columnOfField[PatientField.RECORD_ID.ordinal()] < 0) {
            throw new RecordFormatException(name, 1, "record_id", "the header has no record_id column");
        }
    }

    public static PatientCsvReader open(Path file) {
        return open(file, ReadOptions.strict());
    }

    public static PatientCsvReader open(Path file, ReadOptions options) {
        try {
            return new PatientCsvReader(Files.newBufferedReader(file, StandardCharsets.UTF_8), file.toString(), options);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + file, e);
        }
    }

    /** A reader over any character stream; {@code name} appears in error messages. */
    public static PatientCsvReader of(Reader reader, String name, ReadOptions options) {
        return new PatientCsvReader(reader, name, options);
    }

    /** Reads a whole (small) file into a list; for tests and fixtures, not for millions of rows. */
    public static List<PatientRecord> readAll(Path file) {
        try (PatientCsvReader reader = open(file)) {
            List<PatientRecord> records = new ArrayList<>();
            reader.forEachRemaining(records::add);
            return records;
        }
    }

    /** The remaining records as a sequential stream (close the reader, not the stream). */
    public Stream<PatientRecord> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
                false);
    }

    /** Header columns that are not patient fields, in file order. */
    public List<String> unknownColumns() {
        return Collections.unmodifiableList(unknownColumns);
    }

    /** The unknown columns' values of the record last returned by {@link #next()}. */
    public Map<String, String> extraValues() {
        Map<String, String> values = new LinkedHashMap<>();
        CSVRecord current = currentRow();
        if (current != null) {
            for (int i = 0; i < unknownIndexes.size(); i++) {
                values.put(unknownColumns.get(i), current.get(unknownIndexes.get(i)));
            }
        }
        return values;
    }

    @Override
    protected PatientRecord map(CSVRecord row) {
        String[] values = new String[PatientField.COUNT];
        for (int f = 0; f < PatientField.COUNT; f++) {
            int column = columnOfField[f];
            String value = column < 0 ? null : row.get(column);
            values[f] = value == null || value.isEmpty() ? null : value;
        }
        if (values[PatientField.RECORD_ID.ordinal()] == null || values[PatientField.RECORD_ID.ordinal()].isBlank()) {
            throw error("record_id", "record_id is empty");
        }
        if (values[PatientField.SOURCE.ordinal()] == null) {
            values[PatientField.SOURCE.ordinal()] = options.source();
        }
        return PatientRecord.fromValues(values);
    }

    @Override
    protected String recordId(PatientRecord record) {
        return record.recordId();
    }
}

package io.primaryinterop.mpi.datasets.loader;

import io.primaryinterop.mpi.core.io.RecordFormatException;
import io.primaryinterop.mpi.core.record.PatientField;
import io.primaryinterop.mpi.core.record.PatientRecord;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams a user's CSV as canonical {@link PatientRecord}s through a {@link ColumnMapping}. A mapped column
 * missing from the header, an empty record id or a birth date that does not fit the pattern is a
 * {@link RecordFormatException} naming file, line and column.
 */
public final class MappedCsvReader implements Iterator<PatientRecord>, AutoCloseable {

    private final String name;
    private final CSVParser parser;
    private final Iterator<CSVRecord> rows;
    private final int[] columnOfField = new int[PatientField.COUNT];
    private final String[] sourceColumn = new String[PatientField.COUNT];
    private final DateTimeFormatter datePattern;

    private MappedCsvReader(Reader reader, String name, ColumnMapping mapping) throws IOException {
        this.name = name;
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(mapping.delimiter()).setHeader()
                .setSkipHeaderRecord(true).setTrim(true).get();
        this.parser = CSVParser.builder().setReader(reader).setFormat(format).get();
        List<String> header = parser.getHeaderNames();
        java.util.Arrays.fill(columnOfField, -1);
        for (Map.Entry<PatientField, String> e : mapping.columns().entrySet()) {
            int index = header.indexOf(e.getValue());
            if (index < 0) {
                parser.close();
                throw new RecordFormatException(name, 1, e.getValue(), "column mapped to " + e.getKey().column()
                        + " is not in the header " + header);
            }
            columnOfField[e.getKey().ordinal()] = index;
            sourceColumn[e.getKey().ordinal()] = e.getValue();
        }
        this.datePattern = mapping.datePattern() == null ? null : DateTimeFormatter.ofPattern(mapping.datePattern());
        this.rows = parser.iterator();
    }

    public static MappedCsvReader open(Path file, ColumnMapping mapping) {
        try {
            return new MappedCsvReader(Files.newBufferedReader(file, StandardCharsets.UTF_8), file.toString(), mapping);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + file, e);
        }
    }

    public static MappedCsvReader of(Reader reader, String name, ColumnMapping mapping) {
        try {
            return new MappedCsvReader(reader, name, mapping);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    @Override
    public boolean hasNext() {
        try {
            return rows.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new RecordFormatException(name, parser.getCurrentLineNumber(), "-", "malformed CSV: " + e.getMessage());
        }
    }

    @Override
    public PatientRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        CSVRecord row = rows.next();
        long line = parser.getCurrentLineNumber();
        String[] values = new String[PatientField.COUNT];
        for (PatientField field : PatientField.values()) {
            int index = columnOfField[field.ordinal()];
            if (index < 0) {
                continue;
            }
            if (index >= row.size()) {
                throw new RecordFormatException(name, line, sourceColumn[field.ordinal()], "missing value (row has "
                        + row.size() + " fields)");
            }
            values[field.ordinal()] = row.get(index);
        }
        if (values[PatientField.RECORD_ID.ordinal()] == null || values[PatientField.RECORD_ID.ordinal()].isEmpty()) {
            throw new RecordFormatException(name, line, sourceColumn[PatientField.RECORD_ID.ordinal()], "record id is empty");
        }
        String date = values[PatientField.BIRTH_DATE.ordinal()];
        if (datePattern != null && date != null && !date.isEmpty()) {
            try {
                values[PatientField.BIRTH_DATE.ordinal()] = LocalDate.parse(date, datePattern).toString();
            } catch (DateTimeParseException e) {
                throw new RecordFormatException(name, line, sourceColumn[PatientField.BIRTH_DATE.ordinal()],
                        "birth date '" + date + "' does not fit the pattern");
            }
        }
        return PatientRecord.fromValues(values);
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + name, e);
        }
    }
}

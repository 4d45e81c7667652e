package io.primaryinterop.mpi.datasets.generator;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads the generator's small CSV tables (built-in resources or files), naming file and line on a bad row. */
final class TableFiles {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setCommentMarker('#').setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(true).get();

    private TableFiles() {
    }

    /** One parsed row, with where it came from for error messages. */
    record Row(String origin, long line, CSVRecord csv) {
        String get(String column) {
            if (!csv.isMapped(column) || !csv.isSet(column)) {
                throw new IllegalArgumentException(origin + " line " + line + ": missing column '" + column + "'");
            }
            return csv.get(column);
        }

        double number(String column) {
            String text = get(column).replace(",", "");
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(origin + " line " + line + " column '" + column
                        + "': not a number: '" + text + "'", e);
            }
        }

        IllegalArgumentException error(String message) {
            return new IllegalArgumentException(origin + " line " + line + ": " + message);
        }
    }

    static List<Row> resource(String name) {
        String path = "/io/primaryinterop/mpi/datasets/tables/" + name;
        InputStream in = TableFiles.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("built-in table missing from the jar: " + path);
        }
        return read("built-in " + name, new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    static List<Row> file(Path file) {
        try {
            return read(file.toString(), Files.newBufferedReader(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read table " + file, e);
        }
    }

    private static List<Row> read(String origin, Reader reader) {
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            for (CSVRecord record : parser) {
                rows.add(new Row(origin, parser.getCurrentLineNumber(), record));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read table " + origin, e);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new IllegalArgumentException("malformed table " + origin + ": " + e.getMessage(), e);
        }
        return rows;
    }
}

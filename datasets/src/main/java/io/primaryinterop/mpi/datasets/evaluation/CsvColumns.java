package io.primaryinterop.mpi.datasets.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams a small-schema CSV (truth, clusters, scored pairs, hard negatives) by column name; a missing column
 * or short row is an error naming the file, line and column.
 */
final class CsvColumns {

    private CsvColumns() {
    }

    /** One row: the values of the requested columns, in the requested order. */
    record Row(Path file, long line, String[] values, List<String> columns) {
        String get(int i) {
            return values[i];
        }

        double number(int i) {
            try {
                return Double.parseDouble(values[i]);
            } catch (NumberFormatException e) {
                throw error(columns.get(i), "not a number: '" + values[i] + "'");
            }
        }

        IllegalArgumentException error(String column, String reason) {
            return new IllegalArgumentException(file + " line " + line + " column " + column + ": " + reason);
        }
    }

    static void forEach(Path file, List<String> columns, Consumer<Row> action) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            int[] index = new int[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
                index[c] = header.indexOf(columns.get(c));
                if (index[c] < 0) {
                    throw new IllegalArgumentException(file + " line 1: no column '" + columns.get(c) + "' (header: "
                            + String.join(",", header) + ")");
                }
            }
            Iterator<CSVRecord> rows = parser.iterator();
            while (rows.hasNext()) {
                CSVRecord record;
                try {
                    record = rows.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new IllegalArgumentException(file + " line " + parser.getCurrentLineNumber() + ": malformed CSV: "
                            + e.getMessage(), e);
                }
                String[] values = new String[columns.size()];
                for (int c = 0; c < columns.size(); c++) {
                    if (index[c] >= record.size()) {
                        throw new IllegalArgumentException(file + " line " + parser.getCurrentLineNumber() + " column "
                                + columns.get(c) + ": missing value (row has " + record.size() + " fields)");
                    }
                    values[c] = record.get(index[c]);
                }
                action.accept(new Row(file, parser.getCurrentLineNumber(), values, columns));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}

package io.primaryinterop.mpi.core.io;

import io.primaryinterop.mpi.core.record.PatientField;
import io.primaryinterop.mpi.core.record.PatientRecord;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the canonical patient CSV: header in {@link PatientField} order, RFC 4180 quoting, {@code \n}
 * line ends, unknown values empty. {@link #write(Path, Iterator)} writes to a temporary file beside the
 * target and moves it into place only when every record is written, so a failure leaves nothing
 * half-written.
 */
public final class PatientCsvWriter implements Closeable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private final CSVPrinter printer;
    private final String[] row = new String[PatientField.COUNT];

    private PatientCsvWriter(Writer writer) {
        try {
            this.printer = new CSVPrinter(writer, FORMAT);
            for (PatientField field : PatientField.values()) {
                row[field.ordinal()] = field.column();
            }
            printer.printRecord((Object[]) row);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the patient CSV header", e);
        }
    }

    /** A writer over any character stream (the header is written at once). */
    public static PatientCsvWriter of(Writer writer) {
        return new PatientCsvWriter(writer);
    }

    /** Writes all records to {@code file}, atomically: on failure the file is left as it was. Returns the count. */
    public static long write(Path file, Iterator<PatientRecord> records) {
        Path absolute = file.toAbsolutePath();
        Path temporary = absolute.resolveSibling(absolute.getFileName() + ".part");
        long count = 0;
        try {
            try (PatientCsvWriter writer = of(Files.newBufferedWriter(temporary, StandardCharsets.UTF_8))) {
                while (records.hasNext()) {
                    writer.write(records.next());
                    count++;
                }
            }
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return count;
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof IOException io) {
                throw new UncheckedIOException("cannot write " + file, io);
            }
            throw (RuntimeException) e;
        }
    }

    public void write(PatientRecord record) {
        for (PatientField field : PatientField.values()) {
            String value = field.get(record);
            row[field.ordinal()] = value == null ? "" : value;
        }
        try {
            printer.printRecord((Object[]) row);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write record " + record.recordId(), e);
        }
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the patient CSV", e);
        }
    }
}

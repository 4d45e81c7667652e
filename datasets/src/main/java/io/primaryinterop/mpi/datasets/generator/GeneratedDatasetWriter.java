package io.primaryinterop.mpi.datasets.generator;

import io.primaryinterop.mpi.core.record.PatientField;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Writes a generated data set into a directory: {@code records.csv} (canonical patient CSV),
 * {@code truth.csv} ({@code record_id,person_id}) and {@code hard_negatives.csv}
 * ({@code left_person_id,right_person_id,kind}).
 *
 * <p>A person's records would otherwise sit next to each other in the file, which no registry does; records
 * pass through a shuffle window (a seeded random slot of a fixed-size buffer is written as each new record
 * arrives), and record ids are assigned in written order, so ids say nothing about who is who. Memory stays
 * bounded by the window. Files are written under temporary names and renamed on success, so a failure leaves
 * no half-written data set.
 */
public final class GeneratedDatasetWriter implements GenerationSink, AutoCloseable {

    public static final String RECORDS = "records.csv";
    public static final String TRUTH = "truth.csv";
    public static final String HARD_NEGATIVES = "hard_negatives.csv";
    /** Default shuffle window, in records. */
    public static final int DEFAULT_WINDOW = 1 << 16;

    private final Path dir;
    // records and truth are written as bytes: rows arrive UTF-8 encoded, the writer thread only adds ids
    private final OutputStream records;
    private final OutputStream truth;
    private final CsvRowWriter hardNegatives;
    private final SplittableRandom random;
    /** UTF-8 rows without the record id ({@code source,...\r\n}) and their person ids: compact and cache-friendly. */
    private final byte[][] windowRows;
    private final byte[][] windowPersons;
    private final StringBuilder encoder = new StringBuilder(256);
    private final byte[] id = new byte[11];
    private int filled;
    private long written;
    private boolean finished;

    /**
     * @param random drives the shuffle only (pass a split of the generator's random for determinism)
     */
    public GeneratedDatasetWriter(Path dir, int windowSize, SplittableRandom random) throws IOException {
        if (windowSize < 1) {
            throw new IllegalArgumentException("shuffle window must be >= 1: " + windowSize);
        }
        Files.createDirectories(dir);
        this.dir = dir;
        this.random = random;
        this.windowRows = new byte[windowSize][];
        this.windowPersons = new byte[windowSize][];
        this.records = new BufferedOutputStream(Files.newOutputStream(dir.resolve(RECORDS + ".tmp")), 1 << 17);
        this.truth = new BufferedOutputStream(Files.newOutputStream(dir.resolve(TRUTH + ".tmp")), 1 << 16);
        this.hardNegatives = open(HARD_NEGATIVES);
        String[] header = new String[PatientField.COUNT];
        for (PatientField field : PatientField.values()) {
            header[field.ordinal()] = field.column();
        }
        StringBuilder line = new StringBuilder();
        CsvRowWriter.appendRow(line, header, 0);
        records.write(line.toString().getBytes(StandardCharsets.UTF_8));
        truth.write("record_id,person_id\r\n".getBytes(StandardCharsets.US_ASCII));
        hardNegatives.writeRow("left_person_id", "right_person_id", "kind");
        id[0] = 'R';
        id[10] = ',';
    }

    private CsvRowWriter open(String name) throws IOException {
        return new CsvRowWriter(new BufferedWriter(new OutputStreamWriter(
                Files.newOutputStream(dir.resolve(name + ".tmp")), StandardCharsets.UTF_8), 1 << 16));
    }

    @Override
    public void record(RecordDraft record) {
        recordEncoded(encode(record, encoder), encodePerson(record.person().personId()));
    }

    /** The CSV row of a record without its record id ({@code source,...\r\n}), UTF-8. */
    static byte[] encode(RecordDraft record, StringBuilder scratch) {
        scratch.setLength(0);
        CsvRowWriter.appendRow(scratch, record.values(), PatientField.RECORD_ID.ordinal() + 1);
        return scratch.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Person ids are ASCII; with the line end, as written to truth.csv after the record id. */
    static byte[] encodePerson(String personId) {
        return (personId + "\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** A record already encoded by {@link #encode} (generator threads encode, this thread only writes). */
    void recordEncoded(byte[] row, byte[] person) {
        if (filled < windowRows.length) {
            windowRows[filled] = row;
            windowPersons[filled++] = person;
            return;
        }
        int slot = random.nextInt(windowRows.length);
        write(windowRows[slot], windowPersons[slot]);
        windowRows[slot] = row;
        windowPersons[slot] = person;
    }

    @Override
    public void hardNegative(String leftPersonId, String rightPersonId, HardNegativeKind kind) {
        try {
            hardNegatives.writeRow(leftPersonId, rightPersonId, kind.label());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(HARD_NEGATIVES), e);
        }
    }

    /** Records written so far. */
    public long written() {
        return written;
    }

    /** Empties the shuffle window, closes and renames the files into place. Without it the data set is discarded. */
    public void finish() throws IOException {
        for (int i = filled - 1; i > 0; i--) { // Fisher-Yates over what is left
            int j = random.nextInt(i + 1);
            byte[] row = windowRows[i];
            windowRows[i] = windowRows[j];
            windowRows[j] = row;
            byte[] person = windowPersons[i];
            windowPersons[i] = windowPersons[j];
            windowPersons[j] = person;
        }
        for (int i = 0; i < filled; i++) {
            write(windowRows[i], windowPersons[i]);
        }
        Arrays.fill(windowRows, null);
        Arrays.fill(windowPersons, null);
        filled = 0;
        records.close();
        truth.close();
        hardNegatives.close();
        for (String name : new String[] {RECORDS, TRUTH, HARD_NEGATIVES}) {
            Files.move(dir.resolve(name + ".tmp"), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        finished = true;
    }

    private void write(byte[] rowWithoutId, byte[] person) {
        long n = ++written;
        if (n > 999_999_999L) {
            throw new IllegalStateException("record ids have 9 digits: more than 999,999,999 records");
        }
        for (int i = 9; i >= 1; i--) { // "R" + 9 digits, zero-padded
            id[i] = (byte) ('0' + n % 10);
            n /= 10;
        }
        try {
            // the record id is first in PatientField order, so the row is the id, a comma and the encoded rest
            records.write(id, 0, 11);
            records.write(rowWithoutId);
            truth.write(id, 0, 11);
            truth.write(person);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(RECORDS), e);
        }
    }

    /** Closes without publishing when {@link #finish()} was not called (the temporary files are deleted). */
    @Override
    public void close() throws IOException {
        if (finished) {
            return;
        }
        records.close();
        truth.close();
        hardNegatives.close();
        for (String name : new String[] {RECORDS, TRUTH, HARD_NEGATIVES}) {
            Files.deleteIfExists(dir.resolve(name + ".tmp"));
        }
    }
}

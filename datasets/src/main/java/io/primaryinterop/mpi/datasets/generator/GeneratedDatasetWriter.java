package io.primaryinterop.mpi.datasets.generator;

import io.primaryinterop.mpi.core.record.PatientField;
import java.io.BufferedWriter;
import java.io.IOException;
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
    private final CsvRowWriter records;
    private final CsvRowWriter truth;
    private final CsvRowWriter hardNegatives;
    private final SplittableRandom random;
    /** Encoded rows without the record id ({@code ,source,...\r\n}) and their person ids: compact and cache-friendly. */
    private final String[] windowRows;
    private final String[] windowPersons;
    private final StringBuilder encoder = new StringBuilder(256);
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
        this.windowRows = new String[windowSize];
        this.windowPersons = new String[windowSize];
        this.records = open(RECORDS);
        this.truth = open(TRUTH);
        this.hardNegatives = open(HARD_NEGATIVES);
        String[] header = new String[PatientField.COUNT];
        for (PatientField field : PatientField.values()) {
            header[field.ordinal()] = field.column();
        }
        records.writeRow(header);
        truth.writeRow("record_id", "person_id");
        hardNegatives.writeRow("left_person_id", "right_person_id", "kind");
    }

    private CsvRowWriter open(String name) throws IOException {
        return new CsvRowWriter(new BufferedWriter(new OutputStreamWriter(
                Files.newOutputStream(dir.resolve(name + ".tmp")), StandardCharsets.UTF_8), 1 << 16));
    }

    @Override
    public void record(RecordDraft record) {
        recordEncoded(encode(record, encoder), record.person().personId());
    }

    /** The CSV row of a record without its record id ({@code ,source,...\r\n} minus the leading comma). */
    static String encode(RecordDraft record, StringBuilder scratch) {
        scratch.setLength(0);
        CsvRowWriter.appendRow(scratch, record.values(), PatientField.RECORD_ID.ordinal() + 1);
        return scratch.toString();
    }

    /** A record already encoded by {@link #encode} (generator threads encode, this thread only writes). */
    void recordEncoded(String row, String person) {
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
            String row = windowRows[i];
            windowRows[i] = windowRows[j];
            windowRows[j] = row;
            String person = windowPersons[i];
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

    private void write(String rowWithoutId, String personId) {
        String id = "R" + PatientGenerator.pad(++written, 9);
        try {
            // the record id is first in PatientField order, so the row is the id and the encoded rest
            encoder.setLength(0);
            records.writeEncoded(encoder.append(id).append(',').append(rowWithoutId));
            encoder.setLength(0);
            truth.writeEncoded(encoder.append(id).append(',').append(personId).append("\r\n"));
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

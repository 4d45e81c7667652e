package io.primaryinterop.mpi.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.primaryinterop.mpi.core.record.PatientRecord;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatientCsvWriterTest {

    private static final PatientRecord ANN = new PatientRecord("R1", "HOSP_A", "Ann", null, "O'Brien", "F", "1972-03-13",
            "206 Valley Ave, Apt 3", "Richmond", "VA", "23268", "US", "(672) 869-6504", null, "345-35-4434");

    @Test
    void writesTheCanonicalHeaderAndQuotesWhereNeeded() {
        StringWriter out = new StringWriter();
        try (PatientCsvWriter writer = PatientCsvWriter.of(out)) {
            writer.write(ANN);
        }
        assertEquals("record_id,source,given_name,middle_name,family_name,sex,birth_date,address_line,city,state,"
                + "postal_code,country,phone,email,national_id\n"
                + "R1,HOSP_A,Ann,,O'Brien,F,1972-03-13,\"206 Valley Ave, Apt 3\",Richmond,VA,23268,US,(672) 869-6504,,"
                + "345-35-4434\n", out.toString());
    }

    @Test
    void writesAFileAtomically(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("patients.csv");
        assertEquals(1, PatientCsvWriter.write(file, List.of(ANN).iterator()));
        assertEquals(List.of(ANN), PatientCsvReader.readAll(file));
        Iterator<PatientRecord> failing = new Iterator<>() {
            private int served;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public PatientRecord next() {
                if (served++ == 2) {
                    throw new IllegalStateException("source failed");
                }
                return ANN;
            }
        };
        assertThrows(IllegalStateException.class, () -> PatientCsvWriter.write(file, failing));
        assertEquals(List.of(ANN), PatientCsvReader.readAll(file), "the earlier file is untouched");
        assertFalse(Files.exists(dir.resolve("patients.csv.part")), "no half-written file left");
    }

    @Property(tries = 200)
    void whatIsWrittenReadsBackTheSame(@ForAll @Size(15) List<@StringLength(max = 12) String> values) {
        String[] row = values.stream().map(v -> v.isEmpty() ? null : v).toArray(String[]::new);
        row[0] = "R1";
        PatientRecord record = PatientRecord.fromValues(row);
        StringWriter out = new StringWriter();
        try (PatientCsvWriter writer = PatientCsvWriter.of(out)) {
            writer.write(record);
        }
        try (PatientCsvReader reader = PatientCsvReader.of(new java.io.StringReader(out.toString()), "t", ReadOptions.strict())) {
            PatientRecord read = reader.next();
            String[] expected = record.values();
            String[] actual = read.values();
            for (int i = 0; i < expected.length; i++) {
                boolean blank = expected[i] == null || expected[i].isEmpty();
                assertEquals(blank ? null : expected[i], actual[i], "column " + i);
            }
        }
    }
}

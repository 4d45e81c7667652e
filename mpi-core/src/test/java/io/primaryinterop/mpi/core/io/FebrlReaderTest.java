package io.primaryinterop.mpi.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.primaryinterop.mpi.core.record.PatientRecord;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FebrlReaderTest {

    private static List<PatientRecord> read(String csv) {
        try (FebrlReader reader = FebrlReader.of(new StringReader(csv), "febrl.csv", ReadOptions.strict())) {
            List<PatientRecord> records = new ArrayList<>();
            reader.forEachRemaining(records::add);
            return records;
        }
    }

    @Test
    void mapsTheRecordLinkageLayoutWithLeadingSpaces() {
        List<PatientRecord> records = read("rec_id, given_name, surname, street_number, address_1, address_2, suburb, "
                + "postcode, state, date_of_birth, soc_sec_id\n"
                + "rec-223-org, , waller, 6, tullaroop street, willaroo, st james, 4011, wa, 19081209, 6988048\n");
        assertEquals(new PatientRecord("rec-223-org", null, null, null, "waller", null, "1908-12-09",
                "6 tullaroop street willaroo", "st james", "wa", "4011", null, null, null, "6988048"), records.get(0));
    }

    @Test
    void mapsTheGeneratorLayoutWithPhoneAndKeepsImpossibleDatesAsWritten() {
        List<PatientRecord> records = read("rec_id,given_name,surname,street_number,address_1,address_2,suburb,postcode,"
                + "state,date_of_birth,age,phone_number,soc_sec_id,blocking_number\n"
                + "1491,elle,lee,2,ellerston avenue,rosedale,epping,7000,nsw,19162429,32,03 51056140,7478073,4\n"
                + "430,joshua,sharp,20,,,campbelltown,3194,nsw,19150705,,03 19988611,4337988,0\n");
        assertEquals("19162429", records.get(0).birthDate(), "normalization turns it into unknown");
        assertEquals("03 51056140", records.get(0).phone());
        assertEquals("20", records.get(1).addressLine().substring(0, 2));
        assertEquals("1915-07-05", records.get(1).birthDate());
    }

    @ParameterizedTest
    @CsvSource({"rec-223-org,223", "rec-712-dup-0,712", " rec-5-dup-12 ,5", "1491,149", "1490,149", "7,0"})
    void entityIdFollowsTheDatasetRules(String recordId, String expected) {
        assertEquals(expected, FebrlReader.entityId(recordId));
    }

    @Test
    void anUnknownIdFormIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> FebrlReader.entityId("patient-7"));
    }

    @Test
    void aFileWithoutRecIdIsNotFebrl() {
        RecordFormatException e = assertThrows(RecordFormatException.class, () -> read("id,given_name\n1,ann\n"));
        assertEquals("rec_id", e.column());
    }

    @Test
    void aShortRowNamesItsLine() {
        RecordFormatException e = assertThrows(RecordFormatException.class,
                () -> read("rec_id, given_name, surname\nrec-1-org, ann, lee\nrec-2-org, bea\n"));
        assertEquals(3, e.line());
        assertEquals("surname", e.column());
    }

    /** Every FEBRL layout in the shared data reads completely, with the documented record counts. */
    @Test
    void readsEveryPublicFebrlFile() throws IOException {
        Path febrl = SharedDatasets.require("febrl");
        Path dsgen = SharedDatasets.require("febrl-dsgen");
        assertEquals(1000, FebrlReader.readAll(febrl.resolve("dataset1.csv"), ReadOptions.strict()).size());
        assertEquals(5000, FebrlReader.readAll(febrl.resolve("dataset2.csv"), ReadOptions.strict()).size());
        assertEquals(5000, FebrlReader.readAll(febrl.resolve("dataset3.csv"), ReadOptions.strict()).size());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dsgen)) {
            files = walk.filter(p -> p.getFileName().toString().matches("dataset_.*\\.csv")).sorted().toList();
        }
        assertEquals(24, files.size(), "A, C, D org/dup, F org/dup at four sizes");
        for (Path file : files) {
            int expected;
            try (Stream<String> lines = Files.lines(file)) {
                expected = (int) lines.filter(line -> !line.isBlank()).count() - 1; // one record per line
            }
            List<PatientRecord> records = FebrlReader.readAll(file, ReadOptions.strict());
            assertEquals(expected, records.size(), file.toString());
            Set<String> entities = new HashSet<>();
            for (PatientRecord record : records) {
                entities.add(FebrlReader.entityId(record.recordId()));
                assertNull(record.sex());
            }
            assertTrue(entities.size() <= expected, file.toString());
            assertTrue(records.stream().anyMatch(r -> r.phone() != null), file + " has phone numbers");
        }
    }

    @Test
    void theTrueEntityCountsMatchTheReadme() {
        Path febrl = SharedDatasets.require("febrl");
        List<PatientRecord> records = FebrlReader.readAll(febrl.resolve("dataset1.csv"), ReadOptions.strict());
        long duplicates = records.stream().filter(r -> r.recordId().contains("-dup-")).count();
        assertEquals(500, duplicates, "dataset1: 500 true pairs, one duplicate each");
    }
}

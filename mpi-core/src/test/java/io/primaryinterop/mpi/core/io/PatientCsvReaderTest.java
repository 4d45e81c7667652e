package io.primaryinterop.mpi.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.primaryinterop.mpi.core.record.PatientRecord;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PatientCsvReaderTest {

    private static List<PatientRecord> read(String csv, ReadOptions options) {
        try (PatientCsvReader reader = PatientCsvReader.of(new StringReader(csv), "test.csv", options)) {
            List<PatientRecord> records = new ArrayList<>();
            reader.forEachRemaining(records::add);
            return records;
        }
    }

    @Test
    void readsColumnsInAnyOrderAndLeavesMissingOnesEmpty() {
        List<PatientRecord> records = read("family_name,record_id,DOB,given_name\nSmith,R1,1972-03-13,Ann\nLee,R2,,\n",
                ReadOptions.strict());
        assertEquals(2, records.size());
        assertEquals(new PatientRecord("R1", null, "Ann", null, "Smith", null, "1972-03-13", null, null, null, null, null,
                null, null, null), records.get(0));
        assertNull(records.get(1).givenName(), "empty cell = unknown");
    }

    @Test
    void handlesRfc4180QuotingAndKeepsUnknownColumnsAside() {
        String csv = "record_id,address_line,shoe_size,family_name\r\n"
                + "R1,\"206 Valley Ave, Apt 3\",42,\"O\"\"Brien\"\r\n"
                + "R2,\"line one\nline two\",43,Lee\r\n";
        try (PatientCsvReader reader = PatientCsvReader.of(new StringReader(csv), "test.csv", ReadOptions.strict())) {
            assertEquals(List.of("shoe_size"), reader.unknownColumns());
            PatientRecord first = reader.next();
            assertEquals("206 Valley Ave, Apt 3", first.addressLine());
            assertEquals("O\"Brien", first.familyName());
            assertEquals(Map.of("shoe_size", "42"), reader.extraValues());
            assertEquals(2, reader.line());
            PatientRecord second = reader.next();
            assertEquals("line one\nline two", second.addressLine());
            assertEquals(3, reader.line());
            assertFalse(reader.hasNext());
        }
    }

    @Test
    void stripsAByteOrderMarkAndIgnoresBlankLines() {
        List<PatientRecord> records = read("\uFEFFrecord_id,given_name\n\nR1,Ann\n\n", ReadOptions.strict());
        assertEquals(1, records.size());
        assertEquals("R1", records.get(0).recordId());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "record_id,given_name\\nR1,Ann\\nR2,Bea,extra\\n|3|#3",
        "record_id,given_name,family_name\\nR1,Ann,Lee\\nR2,Bea\\n|3|family_name",
        "record_id,given_name\\nR1,Ann\\n,Bea\\n|3|record_id",
        "record_id,given_name\\nR1,Ann\\nR1,Bea\\n|3|record_id",
        "given_name,family_name\\nAnn,Lee\\n|1|record_id"
    })
    void aMalformedRowNamesItsLineAndColumn(String csv, long line, String column) {
        RecordFormatException e = assertThrows(RecordFormatException.class,
                () -> read(csv.replace("\\n", "\n"), ReadOptions.strict()));
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
        assertTrue(e.getMessage().startsWith("test.csv line " + line), e.getMessage());
    }

    @Test
    void malformedQuotingIsAnErrorEvenWhenSkipping() {
        String csv = "record_id,given_name\nR1,Ann\nR2,\"Be\"a\n";
        RecordFormatException e = assertThrows(RecordFormatException.class, () -> read(csv, ReadOptions.skippingBadRows()));
        assertTrue(e.getMessage().contains("malformed CSV"), e.getMessage());
    }

    @Test
    void skippingBadRowsCountsThem() {
        String csv = "record_id,given_name\nR1,Ann\nR2\n,Cid\nR4,Dee\nR1,Again\n";
        try (PatientCsvReader reader = PatientCsvReader.of(new StringReader(csv), "test.csv", ReadOptions.skippingBadRows())) {
            List<String> ids = new ArrayList<>();
            reader.forEachRemaining(record -> ids.add(record.recordId()));
            assertEquals(List.of("R1", "R4"), ids);
            assertEquals(3, reader.skippedRows());
            assertEquals(List.of(3L, 4L, 6L), reader.skippedRowErrors().stream().map(RecordFormatException::line).toList());
        }
    }

    @Test
    void errorMessagesCarryNoPatientValues() {
        RecordFormatException e = assertThrows(RecordFormatException.class,
                () -> read("record_id,given_name\nR1,Zelinska,x\n", ReadOptions.strict()));
        assertFalse(e.getMessage().contains("Zelinska"), e.getMessage());
    }

    @Test
    void fillsTheSourceWhenTheFileHasNone() {
        List<PatientRecord> records = read("record_id,source\nR1,\nR2,LAB\n", ReadOptions.strict().withSource("HOSP_A"));
        assertEquals("HOSP_A", records.get(0).source());
        assertEquals("LAB", records.get(1).source());
    }
}

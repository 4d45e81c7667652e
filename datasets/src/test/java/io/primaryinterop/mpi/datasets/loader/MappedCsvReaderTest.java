package io.primaryinterop.mpi.datasets.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.primaryinterop.mpi.core.io.RecordFormatException;
import io.primaryinterop.mpi.core.record.PatientRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappedCsvReaderTest {

    @TempDir
    Path dir;
    ColumnMapping mapping;

    @BeforeEach
    void mapping() throws IOException {
        Path file = dir.resolve("mapping.json");
        Files.writeString(file, """
                {"delimiter": ";", "columns": {"record_id": "MRN", "given_name": "FIRST", "family_name": "LAST",
                 "birth_date": {"column": "DOB", "pattern": "MM/dd/yyyy"}, "postal_code": "ZIP"}}""");
        mapping = ColumnMapping.read(file);
    }

    private List<PatientRecord> read(String csv) throws IOException {
        Path file = dir.resolve("users.csv");
        Files.writeString(file, csv);
        List<PatientRecord> records = new ArrayList<>();
        try (MappedCsvReader reader = MappedCsvReader.open(file, mapping)) {
            reader.forEachRemaining(records::add);
        }
        return records;
    }

    @Test
    void mapsColumnsAndConvertsDates() throws IOException {
        List<PatientRecord> records = read("MRN;LAST;FIRST;DOB;ZIP;NOTE\nA1;Lee;Ann;03/13/1972;02118;x\nA2;Hill;Bob;;;\n");
        assertEquals(2, records.size());
        PatientRecord ann = records.get(0);
        assertEquals("A1", ann.recordId());
        assertEquals("Ann", ann.givenName());
        assertEquals("Lee", ann.familyName());
        assertEquals("1972-03-13", ann.birthDate());
        assertEquals("02118", ann.postalCode());
        assertEquals("", records.get(1).birthDate());
    }

    @Test
    void aDateThatDoesNotFitNamesLineAndColumn() {
        RecordFormatException e = assertThrows(RecordFormatException.class,
                () -> read("MRN;LAST;FIRST;DOB;ZIP\nA1;Lee;Ann;03/13/1972;1\nA2;Hill;Bob;1972-03-13;2\n"));
        assertEquals(3, e.line());
        assertEquals("DOB", e.column());
    }

    @Test
    void aMappedColumnMissingFromTheHeaderIsAnError() {
        RecordFormatException e = assertThrows(RecordFormatException.class, () -> read("MRN;LAST;FIRST;DOB\nA1;Lee;Ann;\n"));
        assertEquals("ZIP", e.column());
        assertEquals(1, e.line());
    }

    @Test
    void anEmptyRecordIdIsAnError() {
        RecordFormatException e = assertThrows(RecordFormatException.class, () -> read("MRN;LAST;FIRST;DOB;ZIP\n;Lee;Ann;;\n"));
        assertEquals("MRN", e.column());
    }

    @Test
    void mappingErrorsNameTheKey() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"columns\": {\"given_name\": \"FIRST\", \"shoe_size\": \"S\", \"record_id\": \"ID\"}}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ColumnMapping.read(bad));
        assertTrue(e.getMessage().contains("columns.shoe_size"), e.getMessage());
        Files.writeString(bad, "{\"columns\": {\"given_name\": \"FIRST\"}}");
        e = assertThrows(IllegalArgumentException.class, () -> ColumnMapping.read(bad));
        assertTrue(e.getMessage().contains("record_id"), e.getMessage());
    }
}

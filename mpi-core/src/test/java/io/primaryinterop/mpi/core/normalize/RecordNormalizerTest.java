package io.primaryinterop.mpi.core.normalize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.primaryinterop.mpi.core.record.PatientField;
import io.primaryinterop.mpi.core.record.PatientRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordNormalizerTest {

    private final RecordNormalizer normalizer = RecordNormalizer.standard();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "given_name|  josé |JOSE", "family_name|Boyd-Brooks|BOYD BROOKS", "family_name|O'Brien|O BRIEN",
        "sex|female|F", "sex|U|", "birth_date|19720313|1972-03-13", "birth_date|1972-02-30|",
        "address_line|206 Valley Ave, Apt 3|206 VALLEY AVE APT 3", "city|st. james|ST JAMES",
        "postal_code|23268-1234|23268", "postal_code|sw1a 1aa|SW1A1AA", "phone|(672) 869-6504|6728696504",
        "national_id|345-35-4434|345354434", "email| John.Smith@Example.com |john.smith@example.com",
        "country|us|US", "record_id| R001 |R001", "given_name|UNKNOWN|", "birth_date|1900-01-01|",
        "birth_date|193O-12-05|1930-12-05", "national_id|72O-27-4944|720274944", "phone|555-0100 ext 12|555010012"
    })
    void normalizesEachFieldOnce(String column, String raw, String expected) {
        assertEquals(expected, normalizer.normalize(PatientField.byColumn(column), raw));
    }

    @Test
    void normalizesAWholeRecordAndFlagsPlaceholders() {
        PatientRecord raw = new PatientRecord("R1", "HOSP_A", "Unknown", null, "Smith", "m", "1900-01-01",
                "", null, "VA", "23268", "US", "000-000-0000", null, "345-35-4434");
        NormalizedRecord record = normalizer.normalize(raw);
        assertNull(record.givenName());
        assertNull(record.birthDate());
        assertNull(record.phone());
        assertNull(record.addressLine());
        assertEquals("SMITH", record.familyName());
        assertEquals("M", record.sex());
        assertEquals(Set.of(PatientField.GIVEN_NAME, PatientField.BIRTH_DATE, PatientField.PHONE),
                record.placeholderFields());
    }

    @Test
    void declaredDatePatternsReplaceTheDefaults() {
        RecordNormalizer european = RecordNormalizer.standard(List.of("dd/MM/yyyy"), Placeholders.none());
        assertEquals("1972-03-04", european.normalize(PatientField.BIRTH_DATE, "04/03/1972"));
        assertEquals("1900-01-01", european.normalize(PatientField.BIRTH_DATE, "01/01/1900"), "no placeholders");
    }

    @Test
    void aRecordWithoutIdIsRejected() {
        PatientRecord raw = PatientRecord.fromValues(new String[PatientField.COUNT]);
        assertThrows(IllegalArgumentException.class, () -> normalizer.normalize(raw));
    }

    @Property
    void normalizingANormalizedRecordChangesNothing(@ForAll String given, @ForAll String address,
            @ForAll String phone) {
        PatientRecord raw = new PatientRecord("R1", null, given, null, given, "F", "1980-01-02", address, address,
                null, phone, null, phone, null, phone);
        NormalizedRecord once = normalizer.normalize(raw);
        String[] values = once.values();
        NormalizedRecord twice = normalizer.normalize(PatientRecord.fromValues(values));
        assertArrayEquals(values, twice.values());
        assertTrue(once.birthEpochDay() == LocalDate.of(1980, 1, 2).toEpochDay());
    }
}

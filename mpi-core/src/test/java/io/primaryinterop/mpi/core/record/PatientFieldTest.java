package io.primaryinterop.mpi.core.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.primaryinterop.mpi.blocking.Fields;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PatientFieldTest {

    @ParameterizedTest
    @CsvSource({"given_name,GIVEN_NAME", "GIVEN_NAME,GIVEN_NAME", "' dob ',BIRTH_DATE", "birth_date,BIRTH_DATE",
        "national_id,NATIONAL_ID"})
    void findsAFieldByColumnNameOrAlias(String column, PatientField expected) {
        assertEquals(expected, PatientField.byColumn(column));
    }

    @Test
    void anUnknownColumnIsAnErrorListingTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PatientField.byColumn("dob2"));
        assertTrue(e.getMessage().contains("dob2") && e.getMessage().contains("given_name"), e.getMessage());
        assertNull(PatientField.byColumnOrNull("dob2"));
    }

    @Test
    void columnsAreTheCanonicalCsvColumnsInOrder() {
        assertEquals(Fields.CANONICAL, Arrays.stream(PatientField.values()).map(PatientField::column).toList());
        assertEquals(PatientField.COUNT, PatientField.values().length);
    }

    @Test
    void readsItsValueFromARecord() {
        PatientRecord record = new PatientRecord("R1", "S", "Ann", null, "Lee", "F", "1970-01-01", null, null, null,
                null, null, null, "a@b.c", "123");
        assertEquals("Lee", PatientField.FAMILY_NAME.get(record));
        assertEquals("a@b.c", record.get(PatientField.EMAIL));
    }
}

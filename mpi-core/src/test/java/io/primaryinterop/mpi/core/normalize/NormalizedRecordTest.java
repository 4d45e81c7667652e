package io.primaryinterop.mpi.core.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.primaryinterop.mpi.core.record.PatientField;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NormalizedRecordTest {

    private static NormalizedRecord record(String birthDate) {
        String[] values = new String[PatientField.COUNT];
        values[PatientField.RECORD_ID.ordinal()] = "R1";
        values[PatientField.FAMILY_NAME.ordinal()] = "SMITH";
        values[PatientField.BIRTH_DATE.ordinal()] = birthDate;
        return NormalizedRecord.fromValues(values, 1 << PatientField.PHONE.ordinal());
    }

    @Test
    void derivesTheEpochDayFromTheIsoBirthDate() {
        assertEquals(LocalDate.of(1972, 3, 13).toEpochDay(), record("1972-03-13").birthEpochDay());
        assertEquals(ParseDate.NULL_EPOCH_DAY, record(null).birthEpochDay());
        assertNull(record("1972-13-03").birthDate(), "an invalid date is unknown, not kept");
    }

    @Test
    void givesBlockingItsValuesByColumnName() {
        NormalizedRecord record = record("1972-03-13");
        assertEquals("SMITH", record.value("family_name"));
        assertEquals("1972-03-13", record.value("dob"));
        assertNull(record.value("given_name"));
        assertNull(record.value("no_such_field"));
    }

    @Test
    void reportsPlaceholderFields() {
        NormalizedRecord record = record(null);
        assertTrue(record.hasPlaceholder(PatientField.PHONE));
        assertEquals(java.util.Set.of(PatientField.PHONE), record.placeholderFields());
    }

    @Test
    void rejectsAnEpochDayThatContradictsTheBirthDate() {
        assertThrows(IllegalArgumentException.class, () -> new NormalizedRecord("R1", null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, 42, 0));
    }
}

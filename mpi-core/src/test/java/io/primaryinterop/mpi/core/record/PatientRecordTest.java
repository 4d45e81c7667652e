package io.primaryinterop.mpi.core.record;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class PatientRecordTest {

    @Property
    void valuesRoundTripInFieldOrder(@ForAll @Size(15) String[] values) {
        PatientRecord record = PatientRecord.fromValues(values);
        assertArrayEquals(values, record.values());
        assertEquals(values[PatientField.NATIONAL_ID.ordinal()], record.nationalId());
    }

    @Test
    void fromValuesNeedsOneValuePerField() {
        assertThrows(IllegalArgumentException.class, () -> PatientRecord.fromValues("R1", "S"));
    }
}

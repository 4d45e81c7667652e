package io.primaryinterop.mpi.datasets.generator.corruption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.primaryinterop.mpi.core.record.PatientField;
import io.primaryinterop.mpi.datasets.generator.RecordDraft;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class OcrErrorTest {

    @ParameterizedTest
    @CsvSource({"Byrne,rn,m,Byme", "23219,1,l,232l9", "Olson,O,0,0lson"})
    void replacesAConfusableSequence(String value, String from, String to, String expected) {
        RecordDraft record = Drafts.draft();
        for (PatientField f : new PatientField[] {PatientField.GIVEN_NAME, PatientField.ADDRESS_LINE,
                PatientField.POSTAL_CODE, PatientField.NATIONAL_ID, PatientField.BIRTH_DATE}) {
            record.set(f, "");
        }
        record.set(PatientField.FAMILY_NAME, value);
        new OcrError(List.<String[]>of(new String[] {from, to})).apply(record, new SplittableRandom(1));
        assertEquals(expected, record.get(PatientField.FAMILY_NAME));
    }

    @Test
    void needsConfusions() {
        assertThrows(IllegalArgumentException.class, () -> new OcrError(List.of()));
    }
}

package io.primaryinterop.mpi.datasets.generator.corruption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.primaryinterop.mpi.core.record.PatientField;
import io.primaryinterop.mpi.datasets.generator.RecordDraft;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class KeyboardTypoTest {

    private static final PatientField[] TYPED = {PatientField.GIVEN_NAME, PatientField.FAMILY_NAME,
            PatientField.ADDRESS_LINE, PatientField.CITY};

    @Property(tries = 300)
    void changesOneTypedFieldByAboutOneKeystroke(@ForAll long seed) {
        RecordDraft record = Drafts.draft();
        RecordDraft original = Drafts.draft();
        new KeyboardTypo().apply(record, new SplittableRandom(seed));
        int changed = 0;
        for (PatientField field : PatientField.values()) {
            if (!record.get(field).equals(original.get(field))) {
                changed++;
                assertTrue(java.util.Arrays.asList(TYPED).contains(field), field.column());
                int d = Drafts.distance(original.get(field), record.get(field));
                assertTrue(d >= 1 && d <= 2, original.get(field) + " -> " + record.get(field));
            }
        }
        assertTrue(changed <= 1);
    }

    @Property(tries = 50)
    void leavesARecordWithoutTypedFieldsAlone(@ForAll long seed) {
        RecordDraft record = Drafts.draft();
        for (PatientField field : TYPED) {
            record.set(field, "");
        }
        String before = String.join(",", record.values());
        new KeyboardTypo().apply(record, new SplittableRandom(seed));
        assertEquals(before, String.join(",", record.values()));
    }
}

package io.primaryinterop.mpi.datasets.generator.corruption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.primaryinterop.mpi.core.record.PatientField;
import io.primaryinterop.mpi.datasets.generator.RecordDraft;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class DigitTypoTest {

    private static final PatientField[] FIELDS = {PatientField.NATIONAL_ID, PatientField.POSTAL_CODE, PatientField.PHONE};

    @Property(tries = 300)
    void changesOneDigitOrSwapsTwoAndKeepsTheFormat(@ForAll long seed, @ForAll @IntRange(max = 2) int which) {
        PatientField field = FIELDS[which];
        RecordDraft record = Drafts.draft();
        String before = record.get(field);
        new DigitTypo(field).apply(record, new SplittableRandom(seed));
        String after = record.get(field);
        assertNotEquals(before, after);
        assertEquals(before.replaceAll("\\d", "9"), after.replaceAll("\\d", "9"), "formatting kept");
        int differences = 0;
        for (int i = 0; i < before.length(); i++) {
            differences += before.charAt(i) == after.charAt(i) ? 0 : 1;
        }
        assertTrue(differences == 1 || differences == 2, before + " -> " + after);
    }
}

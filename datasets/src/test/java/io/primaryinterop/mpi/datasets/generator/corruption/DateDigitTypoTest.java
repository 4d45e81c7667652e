package io.primaryinterop.mpi.datasets.generator.corruption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.primaryinterop.mpi.core.record.PatientField;
import io.primaryinterop.mpi.datasets.generator.RecordDraft;
import java.time.LocalDate;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class DateDigitTypoTest {

    @Property(tries = 300)
    void changesAtMostOneDigitAndKeepsAValidDate(@ForAll long seed) {
        RecordDraft record = Drafts.draft();
        new DateDigitTypo().apply(record, new SplittableRandom(seed));
        String typed = record.get(PatientField.BIRTH_DATE);
        LocalDate.parse(typed);
        int differences = 0;
        for (int i = 0; i < typed.length(); i++) {
            differences += typed.charAt(i) == "1972-03-11".charAt(i) ? 0 : 1;
        }
        assertTrue(differences <= 1, typed);
        assertEquals("19", typed.substring(0, 2), "the century is not mistyped");
    }
}

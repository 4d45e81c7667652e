package io.primaryinterop.mpi.datasets.generator.corruption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.primaryinterop.mpi.core.record.PatientField;
import io.primaryinterop.mpi.datasets.generator.RecordDraft;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class MiddleNameAsFirstTest {

    @Property(tries = 50)
    void writesTheMiddleNameAsGivenName(@ForAll long seed) {
        RecordDraft record = Drafts.draft();
        new MiddleNameAsFirst().apply(record, new SplittableRandom(seed));
        assertEquals("Anne", record.get(PatientField.GIVEN_NAME));
        assertTrue(record.get(PatientField.MIDDLE_NAME).equals("Margaret") || record.isEmpty(PatientField.MIDDLE_NAME));
    }

    @Test
    void withoutMiddleNameNothingChanges() {
        RecordDraft record = Drafts.draft();
        record.set(PatientField.MIDDLE_NAME, "");
        new MiddleNameAsFirst().apply(record, new SplittableRandom(1));
        assertEquals("Margaret", record.get(PatientField.GIVEN_NAME));
    }
}

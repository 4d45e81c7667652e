package io.primaryinterop.mpi.datasets.generator.corruption;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.primaryinterop.mpi.core.record.PatientField;
import io.primaryinterop.mpi.datasets.generator.RecordDraft;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GivenFamilySwapTest {

    @Test
    void swapsGivenAndFamilyName() {
        RecordDraft record = Drafts.draft();
        new GivenFamilySwap().apply(record, new SplittableRandom(1));
        assertEquals("Boyd-Brooks", record.get(PatientField.GIVEN_NAME));
        assertEquals("Margaret", record.get(PatientField.FAMILY_NAME));
    }
}

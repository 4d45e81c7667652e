package io.primaryinterop.mpi.datasets.generator.corruption;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.primaryinterop.mpi.core.record.PatientField;
import io.primaryinterop.mpi.datasets.generator.RecordDraft;
import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class MissingValueTest {

    @Property(tries = 100)
    void emptiesExactlyOneFieldThatHadAValue(@ForAll long seed) {
        RecordDraft record = Drafts.draft();
        long before = Arrays.stream(record.values()).filter(String::isEmpty).count();
        new MissingValue().apply(record, new SplittableRandom(seed));
        assertEquals(before + 1, Arrays.stream(record.values()).filter(String::isEmpty).count());
        assertEquals("HOSP_A", record.get(PatientField.SOURCE));
    }
}

package io.primaryinterop.mpi.datasets.generator.corruption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.primaryinterop.mpi.core.record.PatientField;
import io.primaryinterop.mpi.datasets.generator.RecordDraft;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HyphenatedSurnamePartTest {

    @Property(tries = 100)
    void keepsOnePartOrSpacesTheHyphen(@ForAll long seed) {
        RecordDraft record = Drafts.draft();
        new HyphenatedSurnamePart().apply(record, new SplittableRandom(seed));
        assertTrue(List.of("Boyd", "Brooks", "Boyd Brooks").contains(record.get(PatientField.FAMILY_NAME)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Smith", "-Smith", "Smith-"})
    void leavesOtherNamesAlone(String family) {
        RecordDraft record = Drafts.draft();
        record.set(PatientField.FAMILY_NAME, family);
        new HyphenatedSurnamePart().apply(record, new SplittableRandom(1));
        assertEquals(family, record.get(PatientField.FAMILY_NAME));
    }
}

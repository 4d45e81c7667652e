package io.primaryinterop.mpi.datasets.generator.corruption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.primaryinterop.mpi.core.record.PatientField;
import io.primaryinterop.mpi.datasets.generator.RecordDraft;
import io.primaryinterop.mpi.datasets.generator.WeightedChoice;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarriageSurnameChangeTest {

    private final MarriageSurnameChange marriage = new MarriageSurnameChange(WeightedChoice.uniform(List.of("Ortiz")));

    @ParameterizedTest
    @CsvSource({"F,1972-03-11,true", "F,2015-01-01,false", "M,1972-03-11,false"})
    void changesTheSurnameOfAdultWomenOnly(char sex, LocalDate birth, boolean changes) {
        boolean changed = false;
        for (long seed = 0; seed < 20; seed++) {
            RecordDraft record = Drafts.draft(sex, birth);
            marriage.apply(record, new SplittableRandom(seed));
            String family = record.get(PatientField.FAMILY_NAME);
            if (!family.equals("Boyd-Brooks")) {
                changed = true;
                assertNotEquals(-1, family.indexOf("Ortiz"), family);
            }
        }
        assertEquals(changes, changed);
    }
}

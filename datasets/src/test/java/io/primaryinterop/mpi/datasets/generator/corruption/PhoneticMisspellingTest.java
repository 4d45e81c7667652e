package io.primaryinterop.mpi.datasets.generator.corruption;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.primaryinterop.mpi.core.record.PatientField;
import io.primaryinterop.mpi.datasets.generator.PhoneticRule;
import io.primaryinterop.mpi.datasets.generator.RecordDraft;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneticMisspellingTest {

    @ParameterizedTest
    @CsvSource({"Stephen,ph,v,ANY,Steven", "CATHERINE,c,k,START,KATHERINE", "Johnson,son,sen,END,Johnsen",
            "Smith,i,y,ANY,Smyth"})
    void writesTheNameAsItSoundsKeepingItsCase(String name, String from, String to, PhoneticRule.Where where, String expected) {
        RecordDraft record = Drafts.draft();
        record.set(PatientField.GIVEN_NAME, name);
        record.set(PatientField.FAMILY_NAME, name);
        new PhoneticMisspelling(List.of(new PhoneticRule(from, to, where))).apply(record, new SplittableRandom(1));
        String changed = record.get(PatientField.GIVEN_NAME).equals(name)
                ? record.get(PatientField.FAMILY_NAME) : record.get(PatientField.GIVEN_NAME);
        assertEquals(expected, changed);
    }
}

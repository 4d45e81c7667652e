package io.primaryinterop.mpi.datasets.generator.corruption;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.primaryinterop.mpi.core.record.PatientField;
import io.primaryinterop.mpi.datasets.generator.RecordDraft;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DayMonthTranspositionTest {

    @ParameterizedTest
    @CsvSource({"1972-03-11,1972-11-03", "2001-12-01,2001-01-12", "1972-03-13,1972-03-13", "1972-05-05,1972-05-05",
            "19720311,19720311", "'',''"})
    void swapsDayAndMonthWhereTheResultIsAnotherValidDate(String date, String expected) {
        RecordDraft record = Drafts.draft();
        record.set(PatientField.BIRTH_DATE, date);
        new DayMonthTransposition().apply(record, new SplittableRandom(1));
        assertEquals(expected, record.get(PatientField.BIRTH_DATE));
    }
}

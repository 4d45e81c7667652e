package io.primaryinterop.mpi.datasets.generator.corruption;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.primaryinterop.mpi.core.record.PatientField;
import io.primaryinterop.mpi.datasets.generator.RecordDraft;
import io.primaryinterop.mpi.datasets.generator.StreetType;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StreetTypeAbbreviationTest {

    private final StreetTypeAbbreviation abbreviation = new StreetTypeAbbreviation(
            List.of(new StreetType("Street", "St"), new StreetType("Avenue", "Ave")));

    @ParameterizedTest
    @CsvSource({"12 Main Street,12 Main St", "12 MAIN ST,12 MAIN STREET", "9 Stone Ave,9 Stone Avenue",
            "9 Stanford Way,9 Stanford Way"})
    void writesTheStreetTypeTheOtherWay(String line, String expected) {
        RecordDraft record = Drafts.draft();
        record.set(PatientField.ADDRESS_LINE, line);
        abbreviation.apply(record, new SplittableRandom(1));
        assertEquals(expected, record.get(PatientField.ADDRESS_LINE));
    }
}

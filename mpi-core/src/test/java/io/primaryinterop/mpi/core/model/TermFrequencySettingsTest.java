package io.primaryinterop.mpi.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.primaryinterop.mpi.core.normalize.RecordNormalizer;
import io.primaryinterop.mpi.core.record.PatientRecord;
import io.primaryinterop.mpi.core.table.PatientTable;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TermFrequencySettingsTest {

    private static final TermFrequencySettings DEFAULTS = TermFrequencySettings.defaults();

    @ParameterizedTest(name = "{0}: {1} of {2} records, u {3}")
    @CsvSource(delimiter = '|', value = {
        // case                                  | count  | known   | u      | adjustment (bits)
        "two identical records alone             | 2      | 2       | 0.0034 | -2.754",
        "ten records, all with the value         | 10     | 10      | 0.0034 | -4.789",
        "a value seen once among 100,000         | 1      | 100000  | 0.0034 | 7.989",
        "a pair's value among 100,000            | 2      | 100000  | 0.0034 | 7.184",
        "as common as u among 100,000            | 340    | 100000  | 0.0034 | 0.000",
        "a common value (3%) among 100,000       | 3000   | 100000  | 0.0034 | -3.140",
        "once among 10 million: minimumFrequency | 1      | 10000000| 0.0034 | 11.731"
    })
    void adjustmentIsBoundedOnSmallTablesAndThePlainShareOnLargeOnes(String description, long count, long known,
            double u, double expected) {
        assertEquals(expected, DEFAULTS.adjustment(u, count, known), 0.001, description);
    }

    @Test
    void withoutPseudoRecordsTheFrequencyIsThePlainShareFlooredAtTheMinimum() {
        TermFrequencySettings plain = new TermFrequencySettings(1.0, 1e-6, 0);
        assertEquals(Math.log(0.0034 / 0.25) / Math.log(2), plain.adjustment(0.0034, 1, 4), 1e-9);
        assertEquals(Math.log(0.0034 / 1e-6) / Math.log(2), plain.adjustment(0.0034, 1, 10_000_000), 1e-9);
        assertEquals(0.0, new TermFrequencySettings(0.0, 1e-6).adjustment(0.0034, 2, 2), 1e-12, "weight 0: off");
    }

    @Test
    void negativePseudoRecordsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TermFrequencySettings(1.0, 1e-6, -1));
        assertTrue(e.getMessage().contains("priorRecords"), e.getMessage());
    }

    @Test
    void twoIdenticalRecordsAloneInATableMatch() {
        PatientRecord a = new PatientRecord("a", null, "JOHN", null, "SMITH", null, "1980-02-03", null, null, null,
                null, null, null, null, null);
        PatientRecord b = new PatientRecord("b", null, "JOHN", null, "SMITH", null, "1980-02-03", null, null, null,
                null, null, null, null, null);
        PatientTable table = PatientTable.of(List.of(a, b), RecordNormalizer.standard());
        MatchModel model = ModelSpec.defaultPatientModel().compile();
        double probability = model.scorer(table).score(0, 1).matchProbability();
        assertTrue(probability >= 0.5, "identical given name, family name and birth date: " + probability);
    }
}

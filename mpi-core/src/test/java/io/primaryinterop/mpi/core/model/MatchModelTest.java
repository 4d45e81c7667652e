package io.primaryinterop.mpi.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.primaryinterop.mpi.core.normalize.NormalizedRecord;
import io.primaryinterop.mpi.core.normalize.RecordNormalizer;
import io.primaryinterop.mpi.core.record.PatientRecord;
import io.primaryinterop.mpi.core.scoring.MatchWeights;
import io.primaryinterop.mpi.core.table.PatientTable;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatchModelTest {
    private static final MatchModel MODEL = ModelSpec.defaultPatientModel().compile();
    private static final RecordNormalizer NORMALIZER = RecordNormalizer.standard();

    static PatientRecord patient(String id, String given, String family, String sex, String dob, String zip, String ssn) {
        return new PatientRecord(id, "T", given, null, family, sex, dob, null, null, null, zip, null, null, null, ssn);
    }

    @Test
    void weightIsPriorPlusContributionsAndProbabilityFollows() {
        NormalizedRecord a = NORMALIZER.normalize(patient("1", "Robert", "Boyd", "M", "1972-03-13", "23268", "345-35-4434"));
        NormalizedRecord b = NORMALIZER.normalize(patient("2", "Robert", "Boyd", "M", "1972-03-13", "23268", "345354434"));
        PairScore score = MODEL.score(a, b);
        assertEquals(MODEL.priorWeight() + score.evidenceWeight(), score.matchWeight(), 1e-9);
        assertEquals(MatchWeights.probability(score.matchWeight()), score.matchProbability(), 1e-12);
        assertEquals(MODEL.comparisonCount(), score.contributions().size());
        assertTrue(score.matchProbability() > 0.99, "identical records should match: " + score);
        Contribution middle = score.contributions().get(1);
        assertEquals("middle_name", middle.comparison());
        assertEquals(0, middle.levelIndex());
        assertEquals(0.0, middle.matchWeight());
    }

    @Test
    void differentPeopleScoreLow() {
        NormalizedRecord a = NORMALIZER.normalize(patient("1", "Robert", "Boyd", "M", "1972-03-13", "23268", "345-35-4434"));
        NormalizedRecord b = NORMALIZER.normalize(patient("2", "Alice", "Nguyen", "F", "1990-11-02", "10001", "111-22-3333"));
        assertTrue(MODEL.score(a, b).matchProbability() < 0.001);
    }

    @Test
    void tableScoreEqualsRecordScoreWithoutTermFrequencyAndPatternsAgree() {
        List<PatientRecord> records = List.of(
                patient("1", "Robert", "Boyd", "M", "1972-03-13", "23268", null),
                patient("2", "Robrt", "Boyd", "M", "1972-03-31", "23268", null),
                patient("3", "Robert", "Smith", "M", "1972-03-13", null, null));
        PatientTable table = PatientTable.of(records, NORMALIZER);
        MatchModel noTf = ModelSpec.defaultPatientModel()
                .withComparisons(ModelSpec.defaultPatientModel().comparisons()).compile();
        for (int a = 0; a < 3; a++) {
            for (int b = a + 1; b < 3; b++) {
                assertEquals(noTf.pattern(table.record(a), table.record(b)), noTf.scorer(table).pattern(a, b));
                PairScore fromTable = noTf.score(table, a, b);
                assertEquals(fromTable.matchWeight(), noTf.scorer(table).matchWeight(a, b), 1e-9);
                assertEquals(fromTable.matchWeight(),
                        noTf.scorer(table).matchWeight(noTf.scorer(table).pattern(a, b), a, b), 1e-9);
            }
        }
    }
}

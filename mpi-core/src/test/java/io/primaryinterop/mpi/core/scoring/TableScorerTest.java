package io.primaryinterop.mpi.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.primaryinterop.mpi.core.model.MatchModel;
import io.primaryinterop.mpi.core.model.ModelSpec;
import io.primaryinterop.mpi.core.normalize.RecordNormalizer;
import io.primaryinterop.mpi.core.record.PatientRecord;
import io.primaryinterop.mpi.core.table.PatientTable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableScorerTest {

    private static PatientRecord person(String id, String family) {
        return new PatientRecord(id, null, "ANNA", null, family, null, null, null, null, null, null, null, null, null,
                null);
    }

    @Test
    void agreeingOnARareFamilyNameWeighsMoreThanOnACommonOne() {
        List<PatientRecord> records = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            records.add(person("s" + i, "SMITH"));
        }
        records.add(person("z1", "ZELINSKI"));
        records.add(person("z2", "ZELINSKI"));
        PatientTable table = PatientTable.of(records, RecordNormalizer.standard());
        MatchModel model = ModelSpec.defaultPatientModel().compile();
        TableScorer scorer = model.scorer(table);
        double common = scorer.matchWeight(0, 1);
        double rare = scorer.matchWeight(50, 51);
        assertTrue(rare > common, "rare " + rare + " vs common " + common);
        // exact agreement with tf: log2(m / tf) replaces log2(m / u) on the family-name comparison
        int family = model.spec().comparisonIndex("family_name");
        double m = model.spec().comparisons().get(family).level(1).m();
        assertEquals(MatchWeights.log2(m / (2.0 / 52)), scorer.score(50, 51).contributions().get(family).matchWeight(),
                1e-4);
    }

    @Test
    void perThreadScorerWithCachesAgreesWithTheComparisonsOnEveryPair() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        String[] given = {"ANNA", "ANA", "HANNA", "JOHN", "JON", null, "JOHANN"};
        String[] family = {"SMITH", "SMYTH", "SCHMIDT", null, "JONES", "JONSON"};
        String[] dates = {"1970-01-02", "1970-02-01", "1971-01-02", null, "1970-01-12"};
        List<PatientRecord> records = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            records.add(new PatientRecord("r" + i, null, given[random.nextInt(given.length)], null,
                    family[random.nextInt(family.length)], random.nextBoolean() ? "M" : null,
                    dates[random.nextInt(dates.length)], random.nextBoolean() ? "1 MAIN ST" : "12 MAIN STREET", null,
                    null, random.nextBoolean() ? "12345" : "12346", null, null, null, null));
        }
        PatientTable table = PatientTable.of(records, RecordNormalizer.standard());
        MatchModel model = ModelSpec.defaultPatientModel().compile();
        TableScorer shared = model.scorer(table);
        TableScorer own = shared.forThread();
        for (int k = 0; k < 20_000; k++) {
            int a = random.nextInt(300);
            int b = random.nextInt(300);
            long expected = 0;
            for (int c = 0; c < model.comparisonCount(); c++) {
                expected |= (long) model.comparison(c).level(table, a, b) << (c * 4);
            }
            assertEquals(expected, own.pattern(a, b), "pair " + a + "," + b);
            assertEquals(shared.matchWeight(a, b), own.matchWeight(a, b), 1e-12);
        }
    }
}

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
import io.primaryinterop.mpi.core.compare.Comparison;
import io.primaryinterop.mpi.core.compare.ComparisonLevel;
import io.primaryinterop.mpi.core.normalize.NormalizedRecord;
import io.primaryinterop.mpi.core.record.PatientField;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
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
        // exact agreement with tf: log2(m / tf) replaces log2(m / u) on the family-name comparison, tf being
        // the share 2 of 52 shrunk towards u with 100 pseudo-records
        int family = model.spec().comparisonIndex("family_name");
        double m = model.spec().comparisons().get(family).level(1).m();
        double u = model.spec().comparisons().get(family).level(1).u();
        assertEquals(MatchWeights.log2(m / ((2 + 100 * u) / (52 + 100))),
                scorer.score(50, 51).contributions().get(family).matchWeight(), 1e-4);
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

    /**
     * The optimized table path (row-major codes, value summaries, level caches) gives every pair of
     * generated people the weight of the reference path: each comparison's level from the two normalized
     * records' strings, its log2(m/u), and the term-frequency adjustment from the table's value counts.
     */
    @Property(tries = 60)
    void scoresEqualTheReferencePathOnGeneratedPeople(@ForAll long seed) {
        List<PatientRecord> records = GeneratedPeople.records(new SplittableRandom(seed), 40);
        RecordNormalizer normalizer = RecordNormalizer.standard();
        PatientTable table = PatientTable.of(records, normalizer);
        List<NormalizedRecord> normalized = records.stream().map(normalizer::normalize).toList();
        MatchModel model = ModelSpec.defaultPatientModel().compile();
        TableScorer shared = model.scorer(table);
        TableScorer own = shared.forThread();
        for (int a = 0; a < records.size(); a++) {
            for (int b = 0; b < records.size(); b++) {
                double expected = referenceWeight(model, table, normalized, a, b);
                assertEquals(expected, own.matchWeight(a, b), 1e-5, "pair " + a + "," + b);
                assertEquals(expected, shared.matchWeight(a, b), 1e-5, "pair " + a + "," + b);
                assertEquals(expected, own.score(a, b).matchWeight(), 1e-5, "pair " + a + "," + b);
            }
        }
    }

    private static double referenceWeight(MatchModel model, PatientTable table, List<NormalizedRecord> normalized,
            int a, int b) {
        double weight = model.priorWeight();
        for (int c = 0; c < model.comparisonCount(); c++) {
            Comparison comparison = model.spec().comparisons().get(c);
            int level = model.comparison(c).level(normalized.get(a), normalized.get(b));
            weight += model.levelWeight(c, level);
            ComparisonLevel spec = comparison.level(level);
            if (spec.termFrequencyAdjusted() && firstAdjusted(comparison) == level) {
                PatientField field = comparison.field();
                int code = table.code(field, a);
                weight += model.spec().termFrequency().adjustment(spec.u(), table.valueCount(field, code),
                        table.nonNullCount(field));
            }
        }
        return weight;
    }

    private static int firstAdjusted(Comparison comparison) {
        for (int l = 0; l < comparison.levelCount(); l++) {
            if (comparison.level(l).termFrequencyAdjusted()) {
                return l;
            }
        }
        return -1;
    }
}

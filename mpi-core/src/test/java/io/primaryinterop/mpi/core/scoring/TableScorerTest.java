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
}

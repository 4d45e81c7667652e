package io.primaryinterop.mpi.core.linker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.primaryinterop.mpi.blocking.LinkMode;
import io.primaryinterop.mpi.core.cluster.ClusteringSettings;
import io.primaryinterop.mpi.core.cluster.Clusters;
import io.primaryinterop.mpi.core.cluster.ScoredLinks;
import io.primaryinterop.mpi.core.model.ModelSpec;
import io.primaryinterop.mpi.core.normalize.RecordNormalizer;
import io.primaryinterop.mpi.core.record.PatientRecord;
import io.primaryinterop.mpi.core.table.PatientTable;
import io.primaryinterop.mpi.core.training.ExpectationMaximisation;
import io.primaryinterop.mpi.core.training.Training;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LinkerTest {
    private static final Training.Settings QUICK = new Training.Settings(200_000, 42, 200_000, 200_000,
            ExpectationMaximisation.Settings.defaults());
    private static PatientTable table;
    private static String[] person;
    private static ModelSpec trained;

    @BeforeAll
    static void train() {
        List<PatientRecord> records = SyntheticPatients.generate(2_000, 11);
        table = PatientTable.of(records, RecordNormalizer.standard());
        person = new String[table.size()];
        for (int row = 0; row < table.size(); row++) {
            person[row] = SyntheticPatients.personOf(table.recordId(row));
        }
        trained = Linker.dedupe(table, ModelSpec.defaultPatientModel().compile()).training().train(QUICK);
    }

    @Test
    void trainingReportsEverySessionAndAPrior() {
        assertEquals(2, trained.trainingReport().sessions().size());
        assertTrue(trained.lambda() > 0 && trained.lambda() < 0.01, "lambda " + trained.lambda());
        assertEquals(trained, ModelSpec.fromJson(trained.toJson()));
        assertTrue(trained.version().endsWith("-trained"));
    }

    @Test
    void unsupervisedDedupeFindsTheDuplicates() {
        Linker linker = Linker.dedupe(table, trained.compile());
        ScoredLinks[] perThread = new ScoredLinks[linker.threads()];
        InferenceSummary summary = linker.inference().predict(0.5, worker -> {
            ScoredLinks links = new ScoredLinks();
            perThread[worker] = links;
            return (a, b, rule, weight) -> links.add(a, b, (float) weight);
        });
        ScoredLinks links = new ScoredLinks();
        for (ScoredLinks l : perThread) {
            if (l != null) {
                links.addAll(l);
            }
        }
        assertEquals(summary.pairsAtOrAbove(), links.size());
        long truePositives = 0;
        for (int i = 0; i < links.size(); i++) {
            if (person[links.left(i)].equals(person[links.right(i)])) {
                truePositives++;
            }
        }
        PairwiseAccuracy accuracy = new PairwiseAccuracy(PairwiseAccuracy.pairsWithin(person), links.size(),
                truePositives);
        assertTrue(accuracy.precision() > 0.95 && accuracy.recall() > 0.9, "accuracy " + accuracy + " P="
                + accuracy.precision() + " R=" + accuracy.recall());

        Clusters clusters = linker.clustering().connectedComponents(links, ClusteringSettings.defaults());
        assertEquals(table.size(), clusters.size());
        assertTrue(PairwiseAccuracy.ofClusters(clusters.clusterOf(), person).f1() > 0.9);
    }

    @Test
    void linkOnlyPairsOnlyAcrossSides() {
        int[] side = new int[table.size()];
        for (int row = 0; row < side.length; row++) {
            side[row] = row % 2;
        }
        Linker linker = Linker.link(table, side, LinkMode.LINK_ONLY, trained.compile());
        long[] sameSide = new long[linker.threads()];
        linker.inference().predict(0, worker -> (a, b, rule, weight) -> {
            if (side[a] == side[b]) {
                sameSide[worker]++;
            }
        });
        assertEquals(0, java.util.Arrays.stream(sameSide).sum());
    }

    @Test
    void oneToOneKeepsAtMostOneLinkPerRecord() {
        ScoredLinks links = new ScoredLinks();
        links.add(0, 10, 5f);
        links.add(0, 11, 9f);
        links.add(1, 11, 7f);
        links.add(1, 12, 3f);
        ScoredLinks kept = OneToOne.select(links, 20);
        assertEquals(2, kept.size());
        assertEquals(11, kept.right(0));
        assertEquals(12, kept.right(1));
    }
}

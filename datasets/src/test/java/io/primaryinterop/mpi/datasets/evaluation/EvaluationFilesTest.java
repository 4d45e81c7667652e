package io.primaryinterop.mpi.datasets.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.primaryinterop.mpi.datasets.generator.HardNegativeKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluation read from files: truth, clusters, scored pairs, hard negatives, records; and the HTML report. */
class EvaluationFilesTest {

    @TempDir
    Path dir;

    @BeforeEach
    void files() throws IOException {
        Files.writeString(dir.resolve("truth.csv"), "record_id,person_id\nr1,P1\nr2,P1\nr3,P1\nr4,P2\nr5,P3\nr6,P4\n");
        // r3 missed, r4 wrongly joined to P1's cluster; P3/P4 twins, apart
        Files.writeString(dir.resolve("clusters.csv"), "record_id,cluster_id\nr1,c1\nr2,c1\nr4,c1\nr3,c2\nr5,c3\nr6,c4\nx9,c9\n");
        Files.writeString(dir.resolve("pairs.csv"), "left_id,right_id,match_weight,match_probability\n"
                + "r1,r2,20.0,0.99999\nr1,r4,12.0,0.999\nr2,r4,9.5,0.998\nr1,r3,-2.0,0.2\nr5,r6,3.0,0.9\n");
        Files.writeString(dir.resolve("hard_negatives.csv"), "left_person_id,right_person_id,kind\nP3,P4,twin\nP1,P2,household\n");
        Files.writeString(dir.resolve("records.csv"), "record_id,given_name,family_name\nr1,Ann,Lee\nr2,Anne,Lee\nr3,A,Leigh\n"
                + "r4,Bob,Lee\nr5,Tom,Hill\nr6,Tim,Hill\n");
    }

    private EvaluationReport run() {
        return new Evaluation(dir.resolve("truth.csv"), dir.resolve("clusters.csv"), dir.resolve("pairs.csv"),
                dir.resolve("records.csv"), dir.resolve("hard_negatives.csv"), 5).run("test");
    }

    @Test
    void judgesClustersAndCountsUnknownRecords() {
        EvaluationReport report = run();
        PairwiseMetrics p = report.clusters().pairwise();
        assertEquals(1, p.truePositives());   // r1-r2
        assertEquals(3, p.predictedPairs());  // r1-r2, r1-r4, r2-r4
        assertEquals(3, p.truePairs());       // r1-r2, r1-r3, r2-r3
        assertEquals(1, report.clustering().unknown());
        assertEquals(0, report.clustering().missing());
    }

    @Test
    void hardNegativesLinkedWhenTheyShareACluster() {
        List<HardNegativeEvaluation.KindResult> hard = run().hardNegatives();
        assertEquals(new HardNegativeEvaluation.KindResult(HardNegativeKind.TWIN, 1, 0), hard.get(0));
        assertEquals(new HardNegativeEvaluation.KindResult(HardNegativeKind.HOUSEHOLD, 1, 1), hard.get(2));
        assertEquals(1, run().hardNegativesLinked());
    }

    @Test
    void sweepCountsEveryTruePairInRecall() {
        ScoredPairEvaluation s = run().pairs();
        assertEquals(5, s.scoredPairs());
        assertEquals(2, s.scoredTruePairs());
        ScoredPairEvaluation.SweepRow at999 = s.sweep().stream().filter(r -> r.threshold() == 0.999).findFirst().orElseThrow();
        assertEquals(1, at999.truePositives());
        assertEquals(1, at999.falsePositives());
        assertEquals(1.0 / 3, at999.recall(), 1e-12, "r2-r3 was never scored: still a miss");
        ScoredPairEvaluation.SweepRow at01 = s.sweep().get(0);
        assertEquals(0.001, at01.threshold(), 1e-12);
        assertEquals(2, at01.truePositives());
        assertTrue(s.best().f1() >= at999.f1());
    }

    @Test
    void largestErrorsComeWithTheirRecords() {
        EvaluationReport report = run();
        ScoredPairEvaluation s = report.pairs();
        assertEquals(List.of("r1-r4", "r2-r4"), s.falsePositives().stream().map(e -> e.leftId() + "-" + e.rightId()).toList());
        assertEquals(List.of("r1-r3"), s.falseNegatives().stream().map(e -> e.leftId() + "-" + e.rightId()).toList());
        assertEquals("Bob", report.records().get("r4").givenName());
        assertNotNull(report.records().get("r3"));
    }

    @Test
    void htmlReportIsOneSelfContainedFile() throws IOException {
        Path html = dir.resolve("report.html");
        HtmlReport.write(run(), html);
        String text = Files.readString(html);
        assertTrue(text.startsWith("<!DOCTYPE html>"));
        assertTrue(text.contains("<svg") && text.contains("Threshold sweep") && text.contains("Bob"));
        assertFalse(text.contains("http://") || text.contains("https://") || text.contains("<script"), "nothing fetched");
    }

    @Test
    void badRowsNameFileLineAndColumn() throws IOException {
        Files.writeString(dir.resolve("pairs.csv"), "left_id,right_id,match_weight,match_probability\nr1,r2,abc,0.5\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, this::run);
        assertTrue(e.getMessage().contains("pairs.csv line 2 column match_weight"), e.getMessage());
        Files.writeString(dir.resolve("clusters.csv"), "record_id,cluster_id\nr1,c1\nr1,c2\n");
        e = assertThrows(IllegalArgumentException.class, this::run);
        assertTrue(e.getMessage().contains("clusters.csv line 3 column record_id"), e.getMessage());
        Files.writeString(dir.resolve("truth.csv"), "record,person\nr1,P1\n");
        e = assertThrows(IllegalArgumentException.class, this::run);
        assertTrue(e.getMessage().contains("no column 'record_id'"), e.getMessage());
    }
}

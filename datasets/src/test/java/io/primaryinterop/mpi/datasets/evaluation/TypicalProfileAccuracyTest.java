package io.primaryinterop.mpi.datasets.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.primaryinterop.mpi.core.linker.BatchJob;
import io.primaryinterop.mpi.core.linker.BatchSummary;
import io.primaryinterop.mpi.core.linker.InputFormat;
import io.primaryinterop.mpi.core.model.ModelSpec;
import io.primaryinterop.mpi.core.model.PatternRule;
import io.primaryinterop.mpi.datasets.generator.DatasetGeneration;
import io.primaryinterop.mpi.datasets.generator.GeneratedDatasetWriter;
import io.primaryinterop.mpi.datasets.generator.GeneratorConfig;
import io.primaryinterop.mpi.datasets.generator.HardNegativeKind;
import io.primaryinterop.mpi.datasets.generator.Profile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The accuracy the bundled patient model reaches unsupervised on the generator's typical profile at about
 * 100k records, as BENCHMARKS.md reports it: `generate --persons 61100 --seed S --profile typical`, `dedup --train`.
 * Measured with default-patient-8 (`--threads 1`) on the generator as of 2026-11-27 (twins never named with one
 * name's other spelling or nickname): seed 1 P 0.9997, R 0.9760, seed 11 P 0.9997, R 0.9723, seed 2 P 0.9996,
 * R 0.9746, seed 43 P 0.9999, R 0.9733, no twin, junior/senior or household pair linked. (On the earlier generator's
 * data default-patient-6 linked a twin and a junior/senior at seed 43, and -4 two twins and two juniors/seniors at
 * seed 2.) The bounds leave a small margin for thread timing (R moves by about 0.0001).
 */
class TypicalProfileAccuracyTest {

    @ParameterizedTest(name = "seed {0}")
    @CsvSource({"1, 0.9753", "11, 0.9716", "2, 0.9739", "43, 0.9726"})
    void bundledModelKeepsPrecisionRecallAndHardNegatives(long seed, double minimumRecall, @TempDir Path dir)
            throws IOException {
        DatasetGeneration.generate(GeneratorConfig.of(61_100, Profile.typical()), seed, dir);
        Path clusters = dir.resolve("clusters.csv");

        BatchSummary summary = BatchJob.dedup(dir.resolve(GeneratedDatasetWriter.RECORDS), InputFormat.PATIENT, clusters,
                BatchJob.Settings.defaults(), text -> { });

        Truth truth = Truth.read(dir.resolve(GeneratedDatasetWriter.TRUTH));
        Clustering clustering = Clustering.read(clusters, truth);
        PairwiseMetrics pairwise = ClusterEvaluation.of(truth, clustering).pairwise();
        Map<HardNegativeKind, Long> linked = HardNegativeEvaluation.evaluate(
                        dir.resolve(GeneratedDatasetWriter.HARD_NEGATIVES), truth, clustering).stream()
                .collect(Collectors.toMap(HardNegativeEvaluation.KindResult::kind, HardNegativeEvaluation.KindResult::linked));
        String what = "P " + pairwise.precision() + " R " + pairwise.recall() + " linked " + linked;
        assertTrue(pairwise.precision() >= 0.9993, what);
        assertTrue(pairwise.recall() >= minimumRecall, what);
        assertEquals(0, linked.get(HardNegativeKind.JUNIOR_SENIOR), what);
        assertEquals(0, linked.get(HardNegativeKind.HOUSEHOLD), what);
        assertEquals(0, linked.get(HardNegativeKind.TWIN), what);
        assertEquals(ModelSpec.defaultPatientModel().reviewRules().stream().map(PatternRule::label).toList(),
                summary.heldForReview().stream().map(BatchJob.ReviewRuleCount::rule).toList());
        // every rule is live at 100k but the rarest ("merely alike" names with a birth-date typo: 0-10 links per seed)
        assertTrue(summary.heldForReview().stream().filter(rule -> rule.held() == 0).count() <= 1, summary.describe());
        assertTrue(summary.heldForReview().stream().mapToLong(BatchJob.ReviewRuleCount::toReview).sum() > 0,
                summary.describe());
    }
}

package io.primaryinterop.mpi.datasets.bench;

import io.primaryinterop.mpi.core.linker.BatchJob;
import io.primaryinterop.mpi.core.linker.BatchSummary;
import io.primaryinterop.mpi.core.linker.InputFormat;
import io.primaryinterop.mpi.datasets.evaluation.ClusterEvaluation;
import io.primaryinterop.mpi.datasets.evaluation.Clustering;
import io.primaryinterop.mpi.datasets.evaluation.Evaluation;
import io.primaryinterop.mpi.datasets.evaluation.EvaluationReport;
import io.primaryinterop.mpi.datasets.evaluation.HardNegativeEvaluation;
import io.primaryinterop.mpi.datasets.evaluation.HtmlReport;
import io.primaryinterop.mpi.datasets.evaluation.PairwiseMetrics;
import io.primaryinterop.mpi.datasets.evaluation.Truth;
import io.primaryinterop.mpi.datasets.generator.DatasetGeneration;
import io.primaryinterop.mpi.datasets.generator.GeneratedDatasetWriter;
import io.primaryinterop.mpi.datasets.generator.GeneratorConfig;
import io.primaryinterop.mpi.datasets.generator.Profile;
import io.primaryinterop.mpi.datasets.loader.FebrlTruth;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the batch engine end to end ({@link BatchJob#dedup}: load, train unsupervised, block, score, cluster,
 * write) on generated data of several sizes and on the FEBRL sets when present, and judges every result
 * against its truth. Prints per run: time per phase, candidate pairs, pairs per second (candidate pairs over the
 * scoring phase), peak RSS of the process, pairwise precision/recall/F1 and hard negatives linked.
 *
 * <p>Sizes run in one JVM in ascending order, so the peak RSS printed for a size is the process's peak so far
 * (the largest size dominates it).
 */
public final class BenchmarkHarness {

    /** Records per generated person on the typical profile (measured), to aim the person count at a record count. */
    static final double RECORDS_PER_PERSON = 1.637;

    /**
     * @param workDir        where data sets and results go (generated data is reused when present)
     * @param recordCounts   sizes to run, in records (approximately)
     * @param profile        generator profile
     * @param seed           generator seed
     * @param shared         the public data sets directory, or null to skip FEBRL
     * @param threads        engine threads
     * @param reportSize     the size whose scored pairs also go to an HTML report (0 for none)
     */
    public record Settings(Path workDir, List<Long> recordCounts, Profile profile, long seed, Path shared, int threads,
                           long reportSize) {
        public Settings {
            recordCounts = List.copyOf(recordCounts);
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be >= 1: " + threads);
            }
        }
    }

    /** One run's figures. */
    public record Result(String name, long records, double generateSeconds, BatchSummary batch, PairwiseMetrics pairwise,
                         List<HardNegativeEvaluation.KindResult> hardNegatives, double batchCpuSeconds, double loadAverage) {

        public double pairsPerSecond() {
            Double score = batch.secondsPerPhase().get("score");
            double seconds = score != null && score > 0 ? score : batch.secondsPerPhase().getOrDefault("total", 1.0);
            return batch.candidatePairs() / seconds;
        }

        public long twinOrJuniorSeniorLinked() {
            return hardNegatives.stream().filter(k -> k.kind().name().equals("TWIN") || k.kind().name().equals("JUNIOR_SENIOR"))
                    .mapToLong(HardNegativeEvaluation.KindResult::linked).sum();
        }

        public String describe() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "== %s: %,d records%n", name, records));
            if (generateSeconds > 0) {
                sb.append(String.format(Locale.ROOT, "generate: %.2f s (%,.0f records/s)%n", generateSeconds, records / generateSeconds));
            }
            sb.append("phases:");
            batch.secondsPerPhase().forEach((phase, s) -> sb.append(String.format(Locale.ROOT, " %s %.2f s;", phase, s)));
            sb.setLength(sb.length() - 1);
            sb.append(System.lineSeparator());
            sb.append(String.format(Locale.ROOT, "candidate pairs: %,d (%,.0f pairs/s scored); links %,d; clusters %,d%n",
                    batch.candidatePairs(), pairsPerSecond(), batch.links(), batch.clusters()));
            sb.append(String.format(Locale.ROOT, "process CPU during the batch run: %.1f s (wall %.1f s); system load average %.1f%n",
                    batchCpuSeconds, batch.secondsPerPhase().getOrDefault("total", 0.0), loadAverage));
            sb.append(batch.peakRssBytes() < 0 ? "peak RSS: unknown" : String.format(Locale.ROOT, "peak RSS (process so far): %,d MiB",
                    batch.peakRssBytes() >> 20)).append(System.lineSeparator());
            sb.append(String.format(Locale.ROOT, "pairwise precision %.4f  recall %.4f  F1 %.4f  (TP %,d  FP %,d  FN %,d)%n",
                    pairwise.precision(), pairwise.recall(), pairwise.f1(), pairwise.truePositives(), pairwise.falsePositives(),
                    pairwise.falseNegatives()));
            for (HardNegativeEvaluation.KindResult k : hardNegatives) {
                sb.append(String.format(Locale.ROOT, "hard negatives %-13s linked %,d of %,d%n", k.kind().label(), k.linked(), k.pairs()));
            }
            return sb.toString();
        }
    }

    private static final List<String> FEBRL_SETS = List.of("febrl/dataset1.csv", "febrl/dataset2.csv", "febrl/dataset3.csv",
            "febrl-dsgen/dedup-dsgen/dataset_A_10000.csv", "febrl-dsgen/dedup-dsgen/dataset_C_10000.csv");

    private BenchmarkHarness() {
    }

    public static List<Result> run(Settings settings, PrintStream out) throws IOException {
        List<Result> results = new ArrayList<>();
        for (long size : settings.recordCounts()) {
            Result result = generated(settings, size, out);
            out.print(result.describe());
            out.flush();
            results.add(result);
        }
        if (settings.shared() == null) {
            out.println("FEBRL evaluations skipped: no public data directory given");
        } else if (!Files.isDirectory(settings.shared())) {
            out.println("FEBRL evaluations skipped: " + settings.shared().toAbsolutePath() + " not found");
        } else {
            for (String set : FEBRL_SETS) {
                Path file = settings.shared().resolve(set);
                if (!Files.isRegularFile(file)) {
                    out.println("FEBRL " + set + " skipped: not found");
                    continue;
                }
                Result result = febrl(settings, file);
                out.print(result.describe());
                out.flush();
                results.add(result);
            }
        }
        return results;
    }

    private static Result generated(Settings settings, long size, PrintStream out) throws IOException {
        String name = settings.profile().name() + "-" + size;
        Path dir = settings.workDir().resolve(name + "-seed" + settings.seed());
        Path records = dir.resolve(GeneratedDatasetWriter.RECORDS);
        double generateSeconds = 0;
        if (!Files.isRegularFile(records)) {
            long persons = Math.max(1, Math.round(size / RECORDS_PER_PERSON));
            DatasetGeneration.Result generated = DatasetGeneration.generate(
                    GeneratorConfig.of(persons, settings.profile()), settings.seed(), dir);
            generateSeconds = generated.seconds();
        } else {
            out.println("(reusing " + dir + ")");
        }
        boolean report = size == settings.reportSize();
        Path clusters = dir.resolve("clusters.csv");
        Path pairs = report ? dir.resolve("pairs.csv") : null;
        double cpu0 = processCpuSeconds();
        BatchSummary batch = BatchJob.dedup(records, InputFormat.PATIENT, clusters, batchSettings(settings, pairs),
                text -> { });
        double cpu = processCpuSeconds() - cpu0;
        Truth truth = Truth.read(dir.resolve(GeneratedDatasetWriter.TRUTH));
        Clustering clustering = Clustering.read(clusters, truth);
        PairwiseMetrics pairwise = ClusterEvaluation.of(truth, clustering).pairwise();
        List<HardNegativeEvaluation.KindResult> hard = HardNegativeEvaluation.evaluate(
                dir.resolve(GeneratedDatasetWriter.HARD_NEGATIVES), truth, clustering);
        if (report) {
            EvaluationReport full = new Evaluation(dir.resolve(GeneratedDatasetWriter.TRUTH), clusters, pairs, records,
                    dir.resolve(GeneratedDatasetWriter.HARD_NEGATIVES), 15)
                    .run(String.format(Locale.ROOT, "Batch dedup of %,d generated records (%s profile, seed %d)",
                            truth.records(), settings.profile().name(), settings.seed()));
            HtmlReport.write(full, dir.resolve("report.html"));
            out.println("report: " + dir.resolve("report.html"));
        }
        long actual = truth.records();
        return new Result(name, actual, generateSeconds, batch, pairwise, hard, cpu, loadAverage());
    }

    private static Result febrl(Settings settings, Path file) throws IOException {
        String name = "FEBRL " + settings.shared().relativize(file);
        Path dir = settings.workDir().resolve("febrl");
        Files.createDirectories(dir);
        Path clusters = dir.resolve(file.getFileName().toString().replace(".csv", "") + "-clusters.csv");
        double cpu0 = processCpuSeconds();
        BatchSummary batch = BatchJob.dedup(file, InputFormat.FEBRL, clusters, batchSettings(settings, null), text -> { });
        double cpu = processCpuSeconds() - cpu0;
        Truth truth = FebrlTruth.derive(file);
        PairwiseMetrics pairwise = ClusterEvaluation.of(truth, Clustering.read(clusters, truth)).pairwise();
        return new Result(name, truth.records(), 0, batch, pairwise, List.of(), cpu, loadAverage());
    }

    /**
     * CPU time of the whole process (all threads), or NaN where the JVM does not tell: on a shared machine wall
     * times stretch with other load, CPU seconds much less.
     */
    static double processCpuSeconds() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }

    static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static BatchJob.Settings batchSettings(Settings settings, Path pairs) {
        BatchJob.Settings defaults = BatchJob.Settings.defaults();
        return new BatchJob.Settings(defaults.model(), defaults.train(), defaults.training(), null, null, pairs,
                false, settings.threads(), null, false, null);
    }

    /** A Markdown table of the results (for BENCHMARKS.md). */
    public static String markdown(List<Result> results) {
        StringBuilder sb = new StringBuilder();
        sb.append("| data | records | phases, wall (s) | process CPU (s) | load avg | candidate pairs | pairs/s | peak RSS MiB | precision | recall | F1 | twin or jr/sr linked |\n");
        sb.append("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Result r : results) {
            StringBuilder phases = new StringBuilder();
            for (Map.Entry<String, Double> e : r.batch().secondsPerPhase().entrySet()) {
                phases.append(String.format(Locale.ROOT, "%s %.1f ", e.getKey(), e.getValue()));
            }
            sb.append(String.format(Locale.ROOT, "| %s | %,d | %s| %.1f | %.1f | %,d | %,.0f | %,d | %.4f | %.4f | %.4f | %s |%n", r.name(),
                    r.records(), phases, r.batchCpuSeconds(), r.loadAverage(), r.batch().candidatePairs(), r.pairsPerSecond(), r.batch().peakRssBytes() >> 20,
                    r.pairwise().precision(), r.pairwise().recall(), r.pairwise().f1(),
                    r.hardNegatives().isEmpty() ? "-" : String.valueOf(r.twinOrJuniorSeniorLinked())));
        }
        return sb.toString();
    }
}

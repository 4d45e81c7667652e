package io.primaryinterop.mpi.bench;

import io.primaryinterop.mpi.core.linker.BatchJob;
import io.primaryinterop.mpi.core.linker.BatchSummary;
import io.primaryinterop.mpi.core.linker.InputFormat;
import io.primaryinterop.mpi.core.linker.PairwiseAccuracy;
import io.primaryinterop.mpi.datasets.generator.DatasetGeneration;
import io.primaryinterop.mpi.datasets.generator.GeneratorConfig;
import io.primaryinterop.mpi.datasets.generator.Profile;
import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * End-to-end deduplication (load, normalize, block, train, score, cluster, write) of a synthetic patient
 * file, as the {@code dedup} command runs it: prints the time per phase, the process's peak RSS and CPU
 * time, and the clusters' pairwise accuracy against the generator's truth.
 *
 * <pre>
 * java -Xmx3g -cp benchmarks/target/benchmarks.jar io.primaryinterop.mpi.bench.ScoringEndToEnd [persons=608000] [dir]
 * </pre>
 * 608,000 persons make about 1,000,000 records with the typical profile. With a directory holding
 * {@code records.csv} and {@code truth.csv} (from {@code generate}), that data set is used instead.
 */
public final class ScoringEndToEnd {
    private ScoringEndToEnd() {
    }

    public static void main(String[] args) throws IOException {
        long persons = args.length > 0 ? Long.parseLong(args[0]) : 608_000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("mpi-e2e");
        if (!Files.exists(dir.resolve("records.csv"))) {
            System.out.printf(Locale.ROOT, "generating %,d persons into %s%n", persons, dir);
            DatasetGeneration.generate(GeneratorConfig.of(persons, Profile.typical()), 1, dir);
        }
        Path clusters = dir.resolve("clusters.csv");
        long cpuBefore = processCpuNanos();
        long started = System.nanoTime();
        BatchSummary summary = BatchJob.dedup(dir.resolve("records.csv"), InputFormat.PATIENT, clusters,
                BatchJob.Settings.defaults(), text -> System.out.println("  " + text));
        double wall = (System.nanoTime() - started) / 1e9;
        double cpu = (processCpuNanos() - cpuBefore) / 1e9;
        System.out.print(summary.describe());
        System.out.printf(Locale.ROOT, "end to end: %.1f s wall, %.1f s CPU (%d processors)%n", wall, cpu,
                Runtime.getRuntime().availableProcessors());
        Path truth = dir.resolve("truth.csv");
        if (Files.exists(truth)) {
            PairwiseAccuracy accuracy = clusterAccuracy(clusters, truth);
            System.out.printf(Locale.ROOT, "clusters vs truth: pairwise P %.4f R %.4f F1 %.4f (%,d true pairs)%n",
                    accuracy.precision(), accuracy.recall(), accuracy.f1(), accuracy.truePairs());
        }
    }

    private static PairwiseAccuracy clusterAccuracy(Path clusters, Path truth) throws IOException {
        Map<String, String> personOf = readTwoColumns(truth);
        Map<String, String> clusterOf = readTwoColumns(clusters);
        String[] ids = clusterOf.keySet().toArray(new String[0]);
        String[] person = new String[ids.length];
        int[] cluster = new int[ids.length];
        Map<String, Integer> clusterIndex = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            person[i] = personOf.get(ids[i]);
            cluster[i] = clusterIndex.computeIfAbsent(clusterOf.get(ids[i]), k -> clusterIndex.size());
        }
        return PairwiseAccuracy.ofClusters(cluster, person);
    }

    private static Map<String, String> readTwoColumns(Path file) throws IOException {
        Map<String, String> map = new HashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(file)) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int comma = line.indexOf(',');
                map.put(line.substring(0, comma), line.substring(comma + 1));
            }
        }
        return map;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}

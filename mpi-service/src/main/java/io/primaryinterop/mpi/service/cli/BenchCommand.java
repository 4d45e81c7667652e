package io.primaryinterop.mpi.service.cli;

import io.primaryinterop.mpi.datasets.bench.BenchmarkHarness;
import io.primaryinterop.mpi.datasets.generator.Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench}: the batch engine end to end on generated data and FEBRL, with accuracy against the truth. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Runs batch dedup end to end on generated data (default 100k, 300k, 1M records) and on the",
                "FEBRL sets when the public data directory is present; prints time per phase, candidate pairs,",
                "pairs per second, peak RSS, pairwise precision/recall/F1 and hard negatives linked."})
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--sizes", split = ",", defaultValue = "100000,300000,1000000", description = "record counts (default ${DEFAULT-VALUE})")
    List<Long> sizes;

    @Option(names = "--profile", defaultValue = "typical", description = "generator profile (default ${DEFAULT-VALUE})")
    String profile;

    @Option(names = "--seed", defaultValue = "1", description = "generator seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--work", defaultValue = "target/bench", description = "working directory (default ${DEFAULT-VALUE})")
    Path work;

    @Option(names = "--datasets", defaultValue = "../shared/datasets", description = "public data sets for FEBRL (default ${DEFAULT-VALUE})")
    Path datasets;

    @Option(names = "--threads", description = "engine threads (default: all processors)")
    Integer threads;

    @Option(names = "--report-size", defaultValue = "100000", description = "size that also gets scored pairs and an HTML report, 0 for none")
    long reportSize;

    @Option(names = "--markdown", description = "also write the results as a Markdown table here")
    Path markdown;

    @Override
    public Integer call() {
        try {
            int engineThreads = threads != null ? threads : Runtime.getRuntime().availableProcessors();
            var settings = new BenchmarkHarness.Settings(work, sizes, Profile.byName(profile), seed, datasets, engineThreads, reportSize);
            System.out.printf("machine: %d processors, max heap %,d MiB, java %s%n", Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
            var results = BenchmarkHarness.run(settings, System.out);
            String table = BenchmarkHarness.markdown(results);
            System.out.print(table);
            if (markdown != null) {
                Files.writeString(markdown, table);
            }
            return 0;
        } catch (IllegalArgumentException | IOException | UncheckedIOException e) {
            System.err.println("bench: " + e.getMessage());
            return 1;
        }
    }
}

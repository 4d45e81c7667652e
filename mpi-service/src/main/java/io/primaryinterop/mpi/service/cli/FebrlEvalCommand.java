package io.primaryinterop.mpi.service.cli;

import io.primaryinterop.mpi.core.io.RecordFormatException;
import io.primaryinterop.mpi.core.linker.FebrlEvaluation;
import io.primaryinterop.mpi.core.model.ModelSpec;
import io.primaryinterop.mpi.core.training.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code febrl-eval}: unsupervised accuracy on the FEBRL benchmark files, as a table. */
@Command(name = "febrl-eval", mixinStandardHelpOptions = true,
        description = {"Deduplicates FEBRL benchmark files with the built-in FEBRL model trained on each file "
                + "without labels, and prints pairwise precision, recall and F1 against the truth in the record ids",
                "(of the scored pairs at the threshold, and of the clusters)."})
public final class FebrlEvalCommand implements Callable<Integer> {
    private static final List<String> STANDARD = List.of("febrl/dataset1.csv", "febrl/dataset2.csv",
            "febrl/dataset3.csv", "febrl-dsgen/dedup-dsgen/dataset_A_10000.csv",
            "febrl-dsgen/dedup-dsgen/dataset_C_10000.csv");

    @Option(names = "--datasets", defaultValue = "../shared/datasets",
            description = "the shared datasets directory (default ${DEFAULT-VALUE})")
    Path datasets;

    @Option(names = "--file", description = "FEBRL files to evaluate instead of the standard ones (repeatable)")
    List<Path> files;

    @Option(names = "--model", description = "start model (default: the built-in FEBRL model)")
    Path model;

    @Option(names = "--threshold", defaultValue = "0.5", description = "match probability (default ${DEFAULT-VALUE})")
    double threshold;

    @Option(names = "--verbose", description = "training progress on stderr")
    boolean verbose;

    @Override
    public Integer call() {
        List<Path> chosen = new ArrayList<>();
        if (files != null && !files.isEmpty()) {
            chosen.addAll(files);
        } else {
            for (String relative : STANDARD) {
                Path file = datasets.resolve(relative);
                if (Files.isRegularFile(file)) {
                    chosen.add(file);
                } else {
                    System.err.println("febrl-eval: skipped, not found: " + file);
                }
            }
        }
        if (chosen.isEmpty()) {
            System.err.println("febrl-eval: no FEBRL files found under " + datasets + " (use --datasets DIR or --file F)");
            return 1;
        }
        try {
            ModelSpec start = model == null ? ModelSpec.defaultFebrlModel() : ModelSpec.read(model);
            Progress progress = verbose ? text -> System.err.println("  " + text) : Progress.silent();
            System.out.printf(Locale.ROOT, "%-24s %7s %10s %9s | %7s %7s %7s | %7s %7s %7s | %6s%n", "file", "records",
                    "candidates", "cand.rec", "P", "R", "F1", "clust P", "clust R", "clust F1", "s");
            for (Path file : chosen) {
                FebrlEvaluation.Result r = FebrlEvaluation.evaluate(file, start, threshold, progress);
                System.out.printf(Locale.ROOT, "%-24s %7d %10d %9.4f | %7.4f %7.4f %7.4f | %7.4f %7.4f %7.4f | %6.1f%n",
                        r.dataset(), r.records(), r.candidatePairs(),
                        (double) r.trueCandidates() / r.pairs().truePairs(), r.pairs().precision(),
                        r.pairs().recall(), r.pairs().f1(), r.clusters().precision(), r.clusters().recall(),
                        r.clusters().f1(), r.seconds());
            }
            return 0;
        } catch (RecordFormatException | IllegalArgumentException e) {
            System.err.println("febrl-eval: " + e.getMessage());
            return 1;
        }
    }
}

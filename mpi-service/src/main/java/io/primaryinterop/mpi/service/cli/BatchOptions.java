package io.primaryinterop.mpi.service.cli;

import io.primaryinterop.mpi.blocking.LinkMode;
import io.primaryinterop.mpi.core.io.RecordFormatException;
import io.primaryinterop.mpi.core.linker.BatchJob;
import io.primaryinterop.mpi.core.linker.BatchSummary;
import io.primaryinterop.mpi.core.linker.InputFormat;
import io.primaryinterop.mpi.core.model.ModelSpec;
import io.primaryinterop.mpi.core.training.Progress;
import io.primaryinterop.mpi.core.training.Training;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/** Options shared by {@code dedup} and {@code link} (a picocli mixin), and how a run is reported. */
final class BatchOptions {

    @Option(names = "--format", defaultValue = "patient",
            description = "input layout: patient (canonical CSV) or febrl (default ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--model", description = "model file (JSON); default: the built-in model for the format")
    Path model;

    @Option(names = "--train", description = "train the model on the input without labels (u, m by EM, lambda)")
    boolean train;

    @Option(names = "--save-model", description = "write the model used (trained, with its report) to this file")
    Path saveModel;

    @Option(names = "--threshold", description = "match probability for a link (default: the model's, 0.5 built in)")
    Double threshold;

    @Option(names = "--reviews", description = "write the links the model's review rules held back from automatic "
            + "linking to this CSV (left_id,right_id,match_weight,match_probability,rule)")
    Path reviews;

    @Option(names = "--skip-bad-rows", description = "skip and count malformed rows instead of failing")
    boolean skipBadRows;

    @Option(names = "--threads", description = "worker threads (default: all processors)")
    Integer threads;

    @Option(names = "--seed", defaultValue = "42", description = "seed of the training samples (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--quiet", description = "no progress messages (the summary is still printed)")
    boolean quiet;

    InputFormat inputFormat() {
        return InputFormat.byName(format);
    }

    BatchJob.Settings settings(Path pairs, LinkMode mode, boolean oneToOne) {
        ModelSpec spec = model == null ? null : ModelSpec.read(model);
        Training.Settings defaults = Training.Settings.defaults();
        Training.Settings training = new Training.Settings(defaults.randomPairs(), seed, defaults.maxPairsPerSession(),
                defaults.maxPairsForLambda(), defaults.em());
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        return new BatchJob.Settings(spec, train, training, saveModel, threshold, pairs, skipBadRows, workers, mode,
                oneToOne, null, reviews);
    }

    Progress progress(PrintStream err) {
        if (quiet) {
            return Progress.silent();
        }
        long started = System.nanoTime();
        return text -> err.printf("[%7.1f s] %s%n", (System.nanoTime() - started) / 1e9, text);
    }

    /** Runs a job; prints the summary on stderr; maps bad input to exit code 1 with a message naming the place. */
    static int run(String command, PrintStream err, Supplier<BatchSummary> job) {
        try {
            BatchSummary summary = job.get();
            err.print(summary.describe());
            return 0;
        } catch (RecordFormatException e) {
            err.println(command + ": bad input: " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException | UncheckedIOException | IllegalStateException e) {
            err.println(command + ": " + e.getMessage());
            return 1;
        }
    }
}

package io.primaryinterop.mpi.service.cli;

import io.primaryinterop.mpi.core.linker.BatchJob;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dedup}: finds the records of one file that are the same person; writes record_id,cluster_id. */
@Command(name = "dedup", mixinStandardHelpOptions = true,
        description = {"Deduplicates one file: every record once in record_id,cluster_id (the cluster is named by "
                + "its first record), optionally the scored pairs as left_id,right_id,match_weight,match_probability.",
                "Links meeting one of the model's review rules are left out of clustering and counted; --reviews writes "
                        + "those whose records stayed apart.",
                "Progress and a summary (records, candidate pairs per rule, time per phase, peak memory) go to stderr."})
public final class DedupCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, description = "records to deduplicate")
    Path input;

    @Option(names = "--output", required = true, description = "clusters CSV to write (record_id,cluster_id)")
    Path output;

    @Option(names = "--pairs", description = "also write the pairs at or above the threshold to this CSV")
    Path pairs;

    @Mixin
    BatchOptions options;

    @Override
    public Integer call() {
        return BatchOptions.run("dedup", System.err, () -> BatchJob.dedup(input, options.inputFormat(), output,
                options.settings(pairs, null, false), options.progress(System.err)));
    }
}

package io.primaryinterop.mpi.service.cli;

import io.primaryinterop.mpi.blocking.LinkMode;
import io.primaryinterop.mpi.core.linker.BatchJob;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code link}: finds the records of one file that are the same person as records of another. */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"Links the records of --left with those of --right; writes the links at or above the threshold "
                + "as left_id,right_id,match_weight,match_probability.",
                "Links meeting one of the model's review rules are not written (nor offered to --one-to-one); "
                        + "--reviews writes them.",
                "Progress and a summary go to stderr."})
public final class LinkCommand implements Callable<Integer> {

    @Option(names = "--left", required = true, description = "first file")
    Path left;

    @Option(names = "--right", required = true, description = "second file")
    Path right;

    @Option(names = "--output", required = true, description = "links CSV to write")
    Path output;

    @Option(names = "--one-to-one", description = "each record keeps at most its best link")
    boolean oneToOne;

    @Option(names = "--dedupe-too", description = "also link records within each file (link-and-dedupe)")
    boolean dedupeToo;

    @Mixin
    BatchOptions options;

    @Override
    public Integer call() {
        LinkMode mode = dedupeToo ? LinkMode.LINK_AND_DEDUPE : LinkMode.LINK_ONLY;
        return BatchOptions.run("link", System.err, () -> BatchJob.link(left, right, options.inputFormat(), output,
                options.settings(null, mode, oneToOne), options.progress(System.err)));
    }
}

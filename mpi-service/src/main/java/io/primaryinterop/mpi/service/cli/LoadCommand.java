package io.primaryinterop.mpi.service.cli;

import io.micronaut.context.ApplicationContext;
import io.primaryinterop.mpi.core.io.ReadOptions;
import io.primaryinterop.mpi.core.linker.InputFormat;
import io.primaryinterop.mpi.service.application.BulkLoader;
import io.primaryinterop.mpi.service.application.BulkLoader.LoadSummary;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code load}: the bulk path into the service's store (same database configuration as the service:
 * H2 under ./data by default, MPI_DB_URL etc. or MICRONAUT_ENVIRONMENTS=mariadb to change it).
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Loads and links a whole file into an empty MPI store with the batch engine: records, one person "
                + "per cluster (golden record), links and the blocking-key index, written in chunks.",
                "The database is the service's (application.yml; MPI_DB_URL, MPI_DB_USER, MPI_DB_PASSWORD)."})
public final class LoadCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, description = "records to load")
    Path input;

    @Option(names = "--format", defaultValue = "patient", description = "patient (canonical CSV) or febrl; default ${DEFAULT-VALUE}")
    String format;

    @Option(names = "--source", defaultValue = "IMPORT", description = "source for rows without one; default ${DEFAULT-VALUE}")
    String source;

    @Option(names = "--threads", description = "threads for linking; default: all processors")
    Integer threads;

    @Option(names = "--chunk", defaultValue = "1000", description = "rows per insert statement and transaction; default ${DEFAULT-VALUE}")
    int chunk;

    @Option(names = "--skip-bad-rows", description = "skip and count malformed rows instead of failing")
    boolean skipBadRows;

    @Override
    public Integer call() {
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        try (ApplicationContext context = ApplicationContext.run()) {
            ReadOptions options = ReadOptions.strict().withSkipBadRows(skipBadRows).withSource(source);
            LoadSummary summary = context.getBean(BulkLoader.class)
                    .load(input, InputFormat.byName(format), options, workers, chunk, System.err);
            System.err.printf("loaded %d records into %d persons (%d records linked to another), %d review tasks, "
                            + "%d malformed rows skipped; link %.1f s, write %.1f s, %.0f records/s%n", summary.records(),
                    summary.persons(), summary.linkedRecords(), summary.reviewTasks(), summary.skippedRows(),
                    summary.linkSeconds(), summary.writeSeconds(), summary.rowsPerSecond());
            return 0;
        } catch (RuntimeException e) {
            System.err.println("load failed: " + e.getMessage());
            return 1;
        }
    }
}

package io.primaryinterop.mpi.service.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The batch command line. Each subcommand is one small class in this package. */
@Command(name = "mpi", mixinStandardHelpOptions = true, version = "mpi 0.1.0",
        description = "Primary Interop MPI: the service (serve) and its batch commands.",
        subcommands = {
                CommandLine.HelpCommand.class,
                DedupCommand.class,
                LinkCommand.class,
                FebrlEvalCommand.class,
                GenerateCommand.class,
                EvaluateCommand.class,
                BenchCommand.class,
                LoadCommand.class,
                LoadTestCommand.class,
                TokenCommand.class,
                LearnCommand.class,
                io.primaryinterop.mpi.service.fhir.FhirImportCommand.class,
                FhirMatchBenchCommand.class,
        })
public final class MpiCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the command line and returns its exit code (0 ok, 1 bad input or failure, 2 usage). */
    public static int execute(String... args) {
        return new CommandLine(new MpiCommand()).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}

package io.primaryinterop.mpi.service;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.primaryinterop.mpi.service.cli.MpiCommand;
import picocli.CommandLine;

/**
 * One runnable jar. With no arguments, or {@code serve}, it starts the HTTP service; any other first
 * argument is a batch command of {@link MpiCommand} ({@code dedup}, {@code link}, {@code generate}, ...).
 */
@OpenAPIDefinition(info = @Info(title = "mpi-service", version = "0.1.0",
        description = "Primary Interop MPI: match-on-ingest, read-only match, records and persons"))
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || "serve".equals(args[0])) {
            String[] rest = args.length == 0 ? args : java.util.Arrays.copyOfRange(args, 1, args.length);
            Micronaut.run(Main.class, rest);
            return;
        }
        System.exit(MpiCommand.execute(args));
    }
}

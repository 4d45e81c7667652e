package io.primaryinterop.mpi.service.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.primaryinterop.mpi.service.cli.MpiCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs an {@code mpi} command in this JVM and returns what it printed to stdout. */
public final class CommandLineRun {

    private CommandLineRun() {
    }

    /** Runs the command, asserts exit code 0, returns its standard output. */
    public static String succeeding(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            assertEquals(0, MpiCommand.execute(args));
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}

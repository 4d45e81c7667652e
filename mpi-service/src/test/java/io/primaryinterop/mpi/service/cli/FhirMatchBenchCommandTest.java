package io.primaryinterop.mpi.service.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.primaryinterop.mpi.service.testing.RunningService;
import io.primaryinterop.mpi.service.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** fhir-match-bench posts $match probes built from a patient file and reports latency; answers other than 200 fail the run. */
class FhirMatchBenchCommandTest {

    @TempDir
    Path dir;

    @Test
    void everyProbeIsAnsweredAndTheLatencyReported() throws Exception {
        Path csv = dir.resolve("records.csv");
        Files.writeString(csv, "record_id,given_name,family_name,sex,birth_date,phone\n"
                + "B1,Quenby,Zardovik,F,1971-03-04,555-201-3344\nB2,Orrin,Pelquist,M,1980-11-12,555-909-1212\n"
                + "B3,Maelis,Thornqvist,F,1965-07-30,\n");
        try (TestDatabase db = TestDatabase.h2(); RunningService service = RunningService.start(db)) {
            String url = service.context().getBean(EmbeddedServer.class).getURL().toString();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int code = run(out, "fhir-match-bench", "--input", csv.toString(), "--url", url, "--requests", "9",
                    "--warmup", "3", "--clients", "2", "--token", service.token("bench", "gateway"));
            String text = out.toString(StandardCharsets.UTF_8);
            assertEquals(0, code, text);
            assertTrue(text.contains("9 requests, 2 clients") && text.contains("non-200 answers 0"), text);
            assertTrue(text.matches("(?s).*latency ms: p50 [0-9.]+  p90 [0-9.]+  p99 [0-9.]+  max [0-9.]+.*"), text);

            ByteArrayOutputStream refused = new ByteArrayOutputStream();
            assertEquals(1, run(refused, "fhir-match-bench", "--input", csv.toString(), "--url", url, "--requests", "4",
                    "--warmup", "0", "--clients", "1", "--token", service.token("bench", "steward")));
            assertTrue(refused.toString(StandardCharsets.UTF_8).contains("non-200 answers 4"), refused.toString(StandardCharsets.UTF_8));
        }
    }

    private static int run(ByteArrayOutputStream out, String... args) {
        PrintStream original = System.out;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            return MpiCommand.execute(args);
        } finally {
            System.setOut(original);
        }
    }
}

package io.primaryinterop.mpi.service.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.primaryinterop.mpi.service.testing.CommandLineRun;
import io.primaryinterop.mpi.service.testing.RunningService;
import io.primaryinterop.mpi.service.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * loadtest sends a bearer token: with the right role every request counts, with a wrong one every request is an
 * error. A URL it cannot speak to is a usage error before anything is read or sent.
 */
class LoadTestCommandTokenTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"gateway, 0", "steward, 10"})
    void theTokenDecidesWhetherRequestsPass(String role, int errors) throws Exception {
        Path csv = dir.resolve("records.csv");
        Files.writeString(csv, "record_id,given_name,family_name,sex,birth_date\n"
                + "L1,Quenby,Zardovik,F,1971-03-04\nL2,Orrin,Pelquist,M,1980-11-12\n");
        try (TestDatabase db = TestDatabase.h2(); RunningService service = RunningService.start(db)) {
            String url = service.context().getBean(io.micronaut.runtime.server.EmbeddedServer.class).getURL().toString();
            String out = CommandLineRun.succeeding("loadtest", "--input", csv.toString(), "--url", url, "--rate", "10", "--duration", "1",
                    "--warmup", "0", "--token", service.token("loadtest", role));

            assertTrue(out.contains("errors (5xx, 401/403, I/O) " + errors + "\n"), out);
        }
    }

    @Test
    void anHttpsUrlIsAUsageErrorNamingTheScheme() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = DedupCommandTest.runWithStderr(err, "loadtest", "--input", dir.resolve("never-read.csv").toString(),
                "--url", "https://localhost:8443", "--token", "t");

        String said = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, exit, said);
        assertTrue(said.startsWith("loadtest: --url: scheme 'https' in https://localhost:8443/api/v1/records: ")
                && said.contains("plain HTTP only"), said);
    }
}

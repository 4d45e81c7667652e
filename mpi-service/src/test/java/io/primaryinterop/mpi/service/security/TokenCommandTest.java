package io.primaryinterop.mpi.service.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.primaryinterop.mpi.service.cli.MpiCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code mpi token}: a token signed with the data directory's secret, or a usage error. */
class TokenCommandTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int exit = MpiCommand.execute(args);
            return new Run(exit, o.toString(StandardCharsets.UTF_8).strip(), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void printsATokenSignedWithTheDataDirectorysSecretCarryingSubjectRolesAndExpiry() throws Exception {
        Run run = run("token", "--subject", "jane.doe", "--roles", "steward,admin", "--ttl", "2h",
                "--data-dir", dir.toString());

        assertEquals(0, run.exit(), run.err());
        SigningSecret secret = SigningSecret.resolve(null, dir);
        SignedJWT jwt = SignedJWT.parse(run.out());
        assertTrue(jwt.verify(new MACVerifier(secret.value().getBytes(StandardCharsets.UTF_8))), "signed with the file's secret");
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertEquals("jane.doe", claims.getSubject());
        assertEquals(List.of("steward", "admin"), claims.getStringListClaim("roles"));
        Duration left = Duration.between(Instant.now(), claims.getExpirationTime().toInstant());
        assertTrue(left.compareTo(Duration.ofMinutes(119)) > 0 && left.compareTo(Duration.ofHours(2)) <= 0, left::toString);
    }

    @ParameterizedTest
    @CsvSource({
            "stewart, 8h, unknown role 'stewart'",
            "steward, 8x, --ttl: expected a duration",
            "steward, 0h, ttl must be positive",
            "steward, 400d, at most 366 days",
    })
    void badRolesAndDurationsAreUsageErrorsWithAMessage(String roles, String ttl, String message) {
        Run run = run("token", "--subject", "x", "--roles", roles, "--ttl", ttl, "--data-dir", dir.toString());

        assertEquals(2, run.exit());
        assertTrue(run.err().contains(message), run.err());
        assertEquals("", run.out());
    }

    @ParameterizedTest
    @CsvSource({"90m, 5400", "8h, 28800", "30d, 2592000", "45s, 45", "PT1H30M, 5400"})
    void durationsReadAsWritten(String text, long seconds) throws Exception {
        Run run = run("token", "--subject", "x", "--roles", "gateway", "--ttl", text, "--data-dir", dir.toString());

        JWTClaimsSet claims = SignedJWT.parse(run.out()).getJWTClaimsSet();
        assertEquals(seconds, (claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()) / 1000);
    }
}

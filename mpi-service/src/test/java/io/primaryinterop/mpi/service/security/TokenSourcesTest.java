package io.primaryinterop.mpi.service.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.primaryinterop.mpi.service.cli.MpiCommand;
import io.primaryinterop.mpi.service.testing.RunningService;
import io.primaryinterop.mpi.service.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the service takes its verification keys from: a secret it creates in its data directory on
 * first start (and the token command signs with), or an OIDC provider's JWKS.
 */
class TokenSourcesTest {

    private static final String SEARCH = "/api/v1/persons?familyName=Nobody";

    @TempDir
    Path dir;

    @Test
    void withoutAConfiguredSecretTheServiceCreatesOneAndAcceptsTokensFromTheTokenCommand() throws Exception {
        Map<String, Object> properties = Map.of("mpi.security.jwt-secret", "", "mpi.security.data-dir", dir.toString());
        try (TestDatabase db = TestDatabase.h2(); RunningService service = RunningService.start(db, properties)) {
            // Created at start, before any request.
            Path file = dir.resolve(SigningSecret.FILE_NAME);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));

            String token = tokenCommand("--subject", "jane", "--roles", "steward", "--data-dir", dir.toString());

            assertEquals(200, service.as(token).get(SEARCH).status());
            assertEquals(403, service.as(tokenCommand("--subject", "gw", "--roles", "gateway", "--data-dir", dir.toString()))
                    .get(SEARCH).status());
        }
        // A restart reads the same file: tokens signed with it keep working.
        String token = tokenCommand("--subject", "jane", "--roles", "steward", "--data-dir", dir.toString());
        try (TestDatabase db = TestDatabase.h2();
             RunningService again = RunningService.start(db, Map.of("mpi.security.jwt-secret", "",
                     "mpi.security.data-dir", dir.toString()))) {
            assertEquals(200, again.as(token).get(SEARCH).status());
        }
    }

    @Test
    void aConfiguredSecretShorterThan256BitsStopsTheStart() {
        try (TestDatabase db = TestDatabase.h2()) {
            RuntimeException e = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                    () -> RunningService.start(db, Map.of("mpi.security.jwt-secret", "too-short")).close());
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            assertTrue(root.getMessage().contains("at least 32"), root.getMessage());
        }
    }

    @Test
    void tokensSignedByAnOidcProvidersKeyAreAcceptedThroughItsJwksAndOtherKeysAreNot() throws Exception {
        RSAKey provider = new RSAKeyGenerator(2048).keyID("provider-1").generate();
        RSAKey stranger = new RSAKeyGenerator(2048).keyID("provider-1").generate();
        Path jwks = dir.resolve("jwks.json");
        Files.writeString(jwks, new JWKSet(provider.toPublicJWK()).toString());
        Map<String, Object> properties = Map.of(
                "micronaut.security.token.jwt.signatures.jwks-static.oidc.path", "file:" + jwks);
        try (TestDatabase db = TestDatabase.h2(); RunningService service = RunningService.start(db, properties)) {
            assertEquals(200, service.as(rs256(provider, "oidc-user", List.of("steward"))).get(SEARCH).status());
            assertEquals(403, service.as(rs256(provider, "oidc-user", List.of("gateway"))).get(SEARCH).status());
            assertEquals(401, service.as(rs256(stranger, "oidc-user", List.of("steward"))).get(SEARCH).status());
            assertEquals(200, service.get(SEARCH).status(), "the service's own tokens still work next to the JWKS");
        }
    }

    private static String rs256(RSAKey key, String subject, List<String> roles) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(subject).issuer("https://idp.example.org")
                .claim("roles", roles).issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(600))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static String tokenCommand(String... args) {
        PrintStream out = System.out;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            String[] all = new String[args.length + 1];
            all[0] = "token";
            System.arraycopy(args, 0, all, 1, args.length);
            assertEquals(0, MpiCommand.execute(all));
        } finally {
            System.setOut(out);
        }
        String token = o.toString(StandardCharsets.UTF_8).strip();
        assertTrue(token.split("\\.").length == 3, token);
        return token;
    }
}

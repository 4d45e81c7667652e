package io.primaryinterop.mpi.service.cli;

import io.primaryinterop.mpi.service.security.Roles;
import io.primaryinterop.mpi.service.security.SigningSecret;
import io.primaryinterop.mpi.service.security.TokenIssuer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code token}: prints a bearer token signed with the service's secret: {@code MPI_JWT_SECRET} if set,
 * else {@code <data dir>/jwt-secret} (created, owner-only, if the service has not made one yet).
 */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = {"Prints a signed bearer token for the service (HS256 with MPI_JWT_SECRET, or the secret "
                + "file in the data directory, created if absent).",
                "Example: mpi token --subject jane.doe --roles steward --ttl 8h"})
public final class TokenCommand implements Callable<Integer> {

    @Option(names = "--subject", required = true, description = "who acts with this token (recorded as the actor of every change)")
    String subject;

    @Option(names = "--roles", required = true, split = ",",
            description = "comma-separated roles: gateway (ingest, match), steward (reviews, merge, links, reads, audit), admin (models, jobs, metrics)")
    List<String> roles;

    @Option(names = "--ttl", defaultValue = "8h",
            description = "validity: 90m, 8h, 30d or ISO-8601 (PT8H); at most 366d; default ${DEFAULT-VALUE}")
    String ttl;

    @Option(names = "--data-dir", description = "the service's data directory (default: MPI_DATA_DIR or ./data)")
    Path dataDir;

    /** Environment lookup, replaceable in tests. */
    java.util.function.Function<String, String> environment = System::getenv;

    @Override
    public Integer call() {
        Duration validity;
        try {
            validity = TokenIssuer.checkTtl(parseTtl(ttl));
            roles.forEach(Roles::require);
            if (subject.isBlank()) {
                throw new IllegalArgumentException("--subject must not be blank");
            }
        } catch (IllegalArgumentException e) {
            System.err.println("token: " + e.getMessage());
            return 2;
        }
        SigningSecret secret = localSecret(dataDir, environment);
        System.err.println("token: signed with the secret from " + secret.origin());
        System.out.println(new TokenIssuer(secret).issue(subject, roles, validity));
        return 0;
    }

    /** The secret the local service uses: MPI_JWT_SECRET, else jwt-secret in the data directory (created if absent). */
    static SigningSecret localSecret(Path dataDir, java.util.function.Function<String, String> environment) {
        Path dir = dataDir != null ? dataDir : Path.of(orDefault(environment.apply("MPI_DATA_DIR"), "./data"));
        return SigningSecret.resolve(environment.apply("MPI_JWT_SECRET"), dir);
    }

    /** A token for other commands (loadtest) signed like {@code mpi token} does. */
    static String localToken(String subject, List<String> roles, Duration ttl, Path dataDir) {
        return new TokenIssuer(localSecret(dataDir, System::getenv)).issue(subject, roles, ttl);
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    /** {@code 90m}, {@code 8h}, {@code 30d}, {@code 45s} or an ISO-8601 duration. */
    static Duration parseTtl(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (t.startsWith("p")) {
                return Duration.parse(t.toUpperCase(Locale.ROOT));
            }
            if (t.length() >= 2) {
                long amount = Long.parseLong(t.substring(0, t.length() - 1));
                switch (t.charAt(t.length() - 1)) {
                    case 's': return Duration.ofSeconds(amount);
                    case 'm': return Duration.ofMinutes(amount);
                    case 'h': return Duration.ofHours(amount);
                    case 'd': return Duration.ofDays(amount);
                    default: break;
                }
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException("--ttl: expected a duration such as 90m, 8h, 30d or PT8H, got '" + text + "'");
    }
}

package io.primaryinterop.mpi.service.cli;

import io.primaryinterop.mpi.service.security.Roles;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Option;

/** The bearer token a load command sends (role gateway): given, or signed here as {@code mpi token} does. */
final class GatewayToken {

    @Option(names = "--token", description = "bearer token to send (role gateway); default: one signed with "
            + "MPI_JWT_SECRET or the secret file in --data-dir, as `mpi token` does")
    String token;

    @Option(names = "--data-dir", description = "the service's data directory holding jwt-secret (default: MPI_DATA_DIR or ./data)")
    Path dataDir;

    /** The Authorization header value: the given token, else one for {@code subject} valid for {@code ttl}. */
    String authorization(String subject, Duration ttl) {
        return "Bearer " + (token != null ? token : TokenCommand.localToken(subject, List.of(Roles.GATEWAY), ttl, dataDir));
    }
}

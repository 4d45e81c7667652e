package io.primaryinterop.mpi.service.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code mpi.security.*}: the HMAC secret for the service's own tokens ({@code MPI_JWT_SECRET}) and the
 * data directory that holds the generated one when none is configured ({@code MPI_DATA_DIR}, default ./data).
 * Tokens from an OIDC provider are verified by its JWKS, configured under
 * {@code micronaut.security.token.jwt.signatures.jwks.*} (docs/security.md).
 */
@ConfigurationProperties("mpi.security")
public record SecurityConfiguration(@Nullable String jwtSecret, @Bindable(defaultValue = "./data") String dataDir) {
}

package io.primaryinterop.mpi.service.security;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The signing secret (configured, or created in the data directory on first start) and the issuer of
 * tokens signed with it; {@link SecretSignatureVerifier} verifies them.
 */
@Factory
final class SigningSecretFactory {

    private static final Logger LOG = LoggerFactory.getLogger(SigningSecretFactory.class);

    /** At start ({@code @Context}): the file exists from the first start on, and a bad secret stops the start. */
    @Context
    SigningSecret signingSecret(SecurityConfiguration configuration) {
        SigningSecret secret = SigningSecret.resolve(configuration.jwtSecret(), Path.of(configuration.dataDir()));
        LOG.info("bearer tokens: HS256 secret from {}", secret.origin());
        return secret;
    }

    @Singleton
    TokenIssuer tokenIssuer(SigningSecret secret) {
        return new TokenIssuer(secret);
    }
}

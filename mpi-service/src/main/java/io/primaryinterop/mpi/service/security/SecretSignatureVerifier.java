package io.primaryinterop.mpi.service.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.security.token.jwt.signature.SignatureConfiguration;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;

/**
 * Verifies HS256 tokens signed with the {@link SigningSecret}. Micronaut Security tries every
 * {@link SignatureConfiguration} bean (this one, and the JWKS ones if configured); a token passes if one
 * verifies it. A bean of its own because a factory-made {@code SecretSignature} inherits Micronaut's
 * {@code @EachBean} and is never created without {@code micronaut.security.token.jwt.signatures.secret.*}.
 */
@Singleton
final class SecretSignatureVerifier implements SignatureConfiguration {

    private final MACVerifier verifier;

    SecretSignatureVerifier(SigningSecret secret) {
        try {
            this.verifier = new MACVerifier(secret.value().getBytes(StandardCharsets.UTF_8));
        } catch (JOSEException e) {
            throw new IllegalArgumentException("the signing secret cannot verify HS256: " + e.getMessage(), e);
        }
    }

    @Override
    public String supportedAlgorithmsMessage() {
        return "Only the HS256 algorithm is supported for the service's own tokens";
    }

    @Override
    public boolean supports(JWSAlgorithm algorithm) {
        return JWSAlgorithm.HS256.equals(algorithm);
    }

    @Override
    public boolean verify(SignedJWT jwt) throws JOSEException {
        return jwt.verify(verifier);
    }
}

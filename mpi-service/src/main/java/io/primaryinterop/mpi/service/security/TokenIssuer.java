package io.primaryinterop.mpi.service.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Signs bearer tokens the service accepts: HS256 over the {@link SigningSecret}, claims {@code sub}
 * (the actor recorded for every change), {@code roles}, {@code iat}, {@code exp}, {@code jti}.
 */
public final class TokenIssuer {

    public static final String ISSUER = "mpi";
    public static final Duration MAXIMUM_TTL = Duration.ofDays(366);

    private final MACSigner signer;

    public TokenIssuer(SigningSecret secret) {
        try {
            this.signer = new MACSigner(secret.value().getBytes(StandardCharsets.UTF_8));
        } catch (JOSEException e) {
            throw new IllegalArgumentException("the signing secret cannot sign HS256: " + e.getMessage(), e);
        }
    }

    /** A compact signed token valid from {@code now} for {@code ttl}. */
    public String issue(String subject, List<String> roles, Duration ttl, Instant now) {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("subject must not be blank");
        }
        checkTtl(ttl);
        roles.forEach(Roles::require);
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(subject.strip())
                .issuer(ISSUER)
                .claim("roles", List.copyOf(roles))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("signing failed", e);
        }
        return jwt.serialize();
    }

    /** A validity must be positive and at most {@link #MAXIMUM_TTL}. */
    public static Duration checkTtl(Duration ttl) {
        if (ttl.isNegative() || ttl.isZero() || ttl.compareTo(MAXIMUM_TTL) > 0) {
            throw new IllegalArgumentException("ttl must be positive and at most " + MAXIMUM_TTL.toDays() + " days: " + ttl);
        }
        return ttl;
    }

    /** A token valid for {@code ttl} from now. */
    public String issue(String subject, List<String> roles, Duration ttl) {
        return issue(subject, roles, ttl, Instant.now());
    }
}

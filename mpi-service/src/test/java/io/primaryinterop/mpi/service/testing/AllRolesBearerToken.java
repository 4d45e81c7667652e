package io.primaryinterop.mpi.service.testing;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;
import io.primaryinterop.mpi.service.security.Roles;
import io.primaryinterop.mpi.service.security.TokenIssuer;
import java.time.Duration;

/**
 * Tests only: Micronaut HTTP clients injected into {@code @MicronautTest} classes send a bearer token with
 * all three roles (subject {@link RunningService#TEST_SUBJECT}) unless the request sets its own
 * Authorization header, as {@link RunningService} does for the JDK client.
 */
@ClientFilter(ClientFilter.MATCH_ALL_PATTERN)
@Requires(env = Environment.TEST)
final class AllRolesBearerToken {

    private final String token;

    AllRolesBearerToken(TokenIssuer issuer) {
        this.token = issuer.issue(RunningService.TEST_SUBJECT, Roles.ALL, Duration.ofHours(2));
    }

    @RequestFilter
    void addToken(MutableHttpRequest<?> request) {
        if (!request.getHeaders().contains(HttpHeaders.AUTHORIZATION)) {
            request.bearerAuth(token);
        }
    }
}

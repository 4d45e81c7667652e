package io.primaryinterop.mpi.service.fhir;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import io.micronaut.security.authentication.WwwAuthenticateChallengeProvider;
import io.micronaut.security.config.RedirectConfiguration;
import io.micronaut.security.config.RedirectService;
import io.micronaut.security.errors.PriorToLoginPersistence;
import jakarta.inject.Singleton;
import java.util.List;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * The security layer's 401 and 403 under /fhir as OperationOutcomes (issue code {@code login} /
 * {@code forbidden}, in the format the client asks for), a 401 with a {@code WWW-Authenticate: Bearer}
 * challenge. Elsewhere the answer is the framework's problem+json, a 401 with the same Bearer challenge
 * (RFC 6750: a 401 names the scheme it wants). The security filter
 * rejects a request before any /fhir filter sees it, so this is done where the rejection becomes an
 * answer: the framework's authorization exception handler, replaced by this subclass.
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
final class FhirAuthorizationExceptionHandler extends DefaultAuthorizationExceptionHandler {

    /** The challenge of RFC 6750: this service takes bearer tokens (JWT). */
    static final String BEARER_CHALLENGE = "Bearer realm=\"mpi\"";

    private final FhirIo io;

    @SuppressWarnings("rawtypes")
    FhirAuthorizationExceptionHandler(ErrorResponseProcessor<?> errorResponseProcessor,
                                      RedirectConfiguration redirectConfiguration, RedirectService redirectService,
                                      List<WwwAuthenticateChallengeProvider<HttpRequest<?>>> challengeProviders,
                                      @Nullable PriorToLoginPersistence priorToLoginPersistence, FhirIo io) {
        super(errorResponseProcessor, redirectConfiguration, redirectService, challengeProviders, priorToLoginPersistence);
        this.io = io;
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        MutableHttpResponse<?> answer = super.handle(request, exception);
        int status = answer.code();
        if (!isFhir(request.getPath()) || (status != 401 && status != 403)) {
            if (status == 401 && answer.getHeaders().getAll(HttpHeaders.WWW_AUTHENTICATE).stream()
                    .noneMatch(c -> c.startsWith("Bearer"))) {
                answer.header(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE);
            }
            return answer;
        }
        String why = status == 401
                ? "authentication required: a valid bearer token (Authorization: Bearer <JWT>)"
                : "forbidden: the token's roles do not grant this interaction";
        OperationOutcome outcome = Outcomes.error(Outcomes.typeOf(status), why);
        MutableHttpResponse<String> fhir = io.respondError(request, HttpStatus.valueOf(status), outcome);
        if (status == 401) {
            // Ours first; any the framework's challenge providers made (e.g. Basic, if enabled) after it.
            fhir.header(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE);
            answer.getHeaders().getAll(HttpHeaders.WWW_AUTHENTICATE).stream().filter(c -> !c.startsWith("Bearer"))
                    .forEach(c -> fhir.getHeaders().add(HttpHeaders.WWW_AUTHENTICATE, c));
        }
        return fhir;
    }

    /** The FHIR base and everything below it (the paths {@link FhirErrorFilter} covers). */
    static boolean isFhir(String path) {
        return path.equals("/fhir") || path.startsWith("/fhir/");
    }
}

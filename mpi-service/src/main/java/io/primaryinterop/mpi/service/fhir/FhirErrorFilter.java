package io.primaryinterop.mpi.service.fhir;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * Under /fhir every error is an OperationOutcome: answers the service made as application/problem+json
 * (domain errors, unknown routes, 405/413/415) are re-encoded here with the same status, their field
 * problems as issues with FHIRPath expressions. The security layer's 401/403 never reach this filter;
 * {@link FhirAuthorizationExceptionHandler} answers those.
 */
@ServerFilter("/fhir/**")
final class FhirErrorFilter {

    private final FhirIo io;

    FhirErrorFilter(FhirIo io) {
        this.io = io;
    }

    @ResponseFilter
    @SuppressWarnings("unchecked")
    public void toOperationOutcome(HttpRequest<?> request, MutableHttpResponse<?> response) {
        int status = response.code();
        if (status < 400 || response.getContentType().map(t -> t.toString().contains("fhir")).orElse(false)) {
            return;
        }
        Object body = response.getBody().orElse(null);
        List<Map.Entry<String, String>> problems = new ArrayList<>();
        String detail = response.reason();
        if (body instanceof Map<?, ?> problem) {
            if (problem.get("detail") instanceof String d) {
                detail = d;
            }
            if (problem.get("errors") instanceof List<?> errors) {
                for (Object e : errors) {
                    if (e instanceof Map<?, ?> error && error.get("reason") instanceof String reason) {
                        Object field = error.get("field");
                        problems.add(new SimpleEntry<>(field == null ? "request" : field.toString(), reason));
                    }
                }
            }
        }
        OperationOutcome outcome = Outcomes.fieldErrors(status, problems, detail);
        MutableHttpResponse<String> encoded = io.respondError(request, HttpStatus.valueOf(status), outcome);
        ((MutableHttpResponse<Object>) response).body(encoded.body()).contentType(encoded.getContentType().orElseThrow());
    }
}

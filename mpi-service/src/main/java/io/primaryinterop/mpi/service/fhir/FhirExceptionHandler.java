package io.primaryinterop.mpi.service.fhir;

import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * FHIR protocol errors the /fhir controllers raise (HAPI's server exceptions carry the HTTP status and,
 * where the profile prescribes one, the OperationOutcome) as OperationOutcomes. Domain errors take the
 * service's one mapping (api.MpiExceptionHandler); {@link FhirErrorFilter} re-encodes those for /fhir.
 */
@Singleton
@Requires(classes = ExceptionHandler.class)
final class FhirExceptionHandler implements ExceptionHandler<BaseServerResponseException, HttpResponse<?>> {

    private final FhirIo io;

    FhirExceptionHandler(FhirIo io) {
        this.io = io;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, BaseServerResponseException exception) {
        OperationOutcome outcome = exception.getOperationOutcome() instanceof OperationOutcome given ? given
                : Outcomes.error(Outcomes.typeOf(exception.getStatusCode()), exception.getMessage());
        return io.respondError(request, HttpStatus.valueOf(exception.getStatusCode()), outcome);
    }
}

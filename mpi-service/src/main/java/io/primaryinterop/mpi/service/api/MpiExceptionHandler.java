package io.primaryinterop.mpi.service.api;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.primaryinterop.mpi.service.domain.MpiException;
import io.primaryinterop.mpi.service.domain.MpiException.Conflict;
import io.primaryinterop.mpi.service.domain.MpiException.InvalidRecord;
import io.primaryinterop.mpi.service.domain.MpiException.JobNotFound;
import io.primaryinterop.mpi.service.domain.MpiException.ModelVersionNotFound;
import io.primaryinterop.mpi.service.domain.MpiException.PersonNotFound;
import io.primaryinterop.mpi.service.domain.MpiException.RecordNotFound;
import io.primaryinterop.mpi.service.domain.MpiException.ReviewNotFound;
import jakarta.inject.Singleton;
import java.util.Optional;

/** The one place domain exceptions become HTTP answers (problem+json through {@link ProblemJsonBodyProvider}). */
@Singleton
@Requires(classes = {MpiException.class, ExceptionHandler.class})
final class MpiExceptionHandler implements ExceptionHandler<MpiException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> errors;

    MpiExceptionHandler(ErrorResponseProcessor<?> errors) {
        this.errors = errors;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, MpiException exception) {
        HttpStatus status = statusOf(exception);
        ErrorContext.Builder context = ErrorContext.builder(request).cause(exception);
        if (exception instanceof InvalidRecord invalid) {
            invalid.problems().forEach(problem -> context.error(new FieldError(problem.field(), problem.reason())));
        } else {
            context.errorMessage(exception.getMessage());
        }
        return errors.processResponse(context.build(), HttpResponse.status(status));
    }

    private static HttpStatus statusOf(MpiException exception) {
        if (exception instanceof RecordNotFound || exception instanceof PersonNotFound || exception instanceof ReviewNotFound
                || exception instanceof ModelVersionNotFound || exception instanceof JobNotFound) {
            return HttpStatus.NOT_FOUND;
        }
        if (exception instanceof InvalidRecord) {
            return HttpStatus.BAD_REQUEST;
        }
        return exception instanceof Conflict ? HttpStatus.CONFLICT : HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private record FieldError(String field, String reason) implements Error {
        @Override
        public Optional<String> getPath() {
            return Optional.of(field);
        }

        @Override
        public String getMessage() {
            return reason;
        }
    }
}

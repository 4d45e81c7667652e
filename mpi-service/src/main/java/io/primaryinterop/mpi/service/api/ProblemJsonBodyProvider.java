package io.primaryinterop.mpi.service.api;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every error the service answers is {@code application/problem+json} (RFC 9457): type, title,
 * status, detail, and for bad input the list of {@code errors} with the field and the reason.
 * Framework errors (unknown route, 413 body too large, 415, validation) and domain errors alike.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
final class ProblemJsonBodyProvider implements JsonErrorResponseBodyProvider<Map<String, Object>> {

    static final String PROBLEM_JSON = "application/problem+json";

    @Override
    public Map<String, Object> body(ErrorContext context, HttpResponse<?> response) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", response.reason());
        problem.put("status", response.code());
        List<Error> errors = context.getErrors();
        if (!errors.isEmpty()) {
            problem.put("detail", errors.get(0).getMessage());
            problem.put("errors", errors.stream().map(ProblemJsonBodyProvider::fieldError).toList());
        }
        return problem;
    }

    @Override
    public String contentType() {
        return PROBLEM_JSON;
    }

    private static Map<String, String> fieldError(Error error) {
        Map<String, String> item = new LinkedHashMap<>();
        error.getPath().ifPresent(path -> item.put("field", lastSegment(path)));
        item.put("reason", error.getMessage());
        return item;
    }

    /** Validation paths look like {@code read.value.birthDate}; callers know the field by its JSON name. */
    private static String lastSegment(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}

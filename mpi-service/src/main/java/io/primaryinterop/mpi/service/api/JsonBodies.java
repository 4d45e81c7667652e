package io.primaryinterop.mpi.service.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.primaryinterop.mpi.service.domain.MpiException.FieldProblem;
import io.primaryinterop.mpi.service.domain.MpiException.InvalidRecord;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Set;

/**
 * Reads a JSON body into a validated DTO. The service keeps the body as sent (the raw payload), so
 * controllers take the text and bind it here rather than letting the framework consume it.
 */
@Singleton
final class JsonBodies {

    private final ObjectMapper mapper;
    private final Validator validator;

    JsonBodies(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    <T> T read(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw new InvalidRecord("body", "is empty; expected a JSON object");
        }
        T value;
        try {
            value = mapper.readValue(body, type);
        } catch (JsonProcessingException e) {
            // The original message names the problem and position, not the offending value.
            throw new InvalidRecord("body", "not a valid JSON record: " + e.getOriginalMessage());
        }
        if (value == null) {
            throw new InvalidRecord("body", "is null; expected a JSON object");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new InvalidRecord(violations.stream()
                    .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(FieldProblem::field))
                    .toList());
        }
        return value;
    }
}

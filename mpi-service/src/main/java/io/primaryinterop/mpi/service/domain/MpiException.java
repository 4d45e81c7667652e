package io.primaryinterop.mpi.service.domain;

import java.util.List;
import java.util.stream.Collectors;

/** Domain failures the API maps to application/problem+json in one place. */
public sealed class MpiException extends RuntimeException
        permits MpiException.RecordNotFound, MpiException.PersonNotFound, MpiException.InvalidRecord,
        MpiException.ReviewNotFound, MpiException.Conflict, MpiException.ModelVersionNotFound, MpiException.JobNotFound {

    MpiException(String message) {
        super(message);
    }

    /** No source record with that (source, recordId). */
    public static final class RecordNotFound extends MpiException {
        public RecordNotFound(String source, String recordId) {
            super("no record " + recordId + " from source " + source);
        }
    }

    /** No person with that enterprise id. */
    public static final class PersonNotFound extends MpiException {
        public PersonNotFound(String personId) {
            super("no person " + personId);
        }
    }

    /** No review task with that id. */
    public static final class ReviewNotFound extends MpiException {
        public ReviewNotFound(long reviewId) {
            super("no review " + reviewId);
        }
    }

    /**
     * The request is well-formed but the current state does not allow it: a stale version, a review
     * already decided, a merge that later changes make impossible to undo exactly. The reason says which.
     */
    public static final class Conflict extends MpiException {
        public Conflict(String reason) {
            super(reason);
        }
    }

    /** No stored model version with that name. */
    public static final class ModelVersionNotFound extends MpiException {
        public ModelVersionNotFound(String version) {
            super("no model version " + version);
        }
    }

    /** No job with that id. */
    public static final class JobNotFound extends MpiException {
        public JobNotFound(long id) {
            super("no job " + id);
        }
    }

    /** Fields of the input are unusable; fields and reasons go back to the caller (never their values into logs). */
    public static final class InvalidRecord extends MpiException {
        private final List<FieldProblem> problems;

        public InvalidRecord(String field, String reason) {
            this(List.of(new FieldProblem(field, reason)));
        }

        public InvalidRecord(List<FieldProblem> problems) {
            super(problems.stream().map(p -> p.field() + ": " + p.reason()).collect(Collectors.joining("; ")));
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("an invalid record names at least one field");
            }
            this.problems = List.copyOf(problems);
        }

        public List<FieldProblem> problems() {
            return problems;
        }
    }

    /** One unusable field and why. */
    public record FieldProblem(String field, String reason) {
    }
}

package io.primaryinterop.mpi.service.api;

import io.micronaut.core.annotation.Introspected;
import io.primaryinterop.mpi.service.domain.Candidate;
import io.primaryinterop.mpi.service.domain.Decision;
import java.util.List;

/** The answer to an ingest: the record's person, the decision, and the candidates it was scored against. */
@Introspected
public record IngestResponse(String personId, Decision decision, List<Candidate> candidates) {
}

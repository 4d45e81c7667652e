package io.primaryinterop.mpi.service.api;

import io.micronaut.core.annotation.Introspected;
import io.primaryinterop.mpi.service.domain.Candidate;
import java.util.List;

/** Ranked candidate persons for a probe. */
@Introspected
public record MatchResponse(List<Candidate> candidates) {
}

package io.primaryinterop.mpi.service.domain;

import java.util.List;

/** The answer to "who is this?" for an ingested record. {@code changed} is false for an identical repeat. */
public record IngestResult(String personId, Decision decision, List<Candidate> candidates, boolean changed) {
    public IngestResult {
        candidates = List.copyOf(candidates);
    }
}

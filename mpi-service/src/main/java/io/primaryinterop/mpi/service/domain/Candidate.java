package io.primaryinterop.mpi.service.domain;

import java.util.List;

/**
 * A candidate person for a record: the score of the best-scoring pair between the record and that
 * person's linked records.
 */
public record Candidate(String personId, double probability, double matchWeight, List<ScoreContribution> contributions) {
    public Candidate {
        contributions = List.copyOf(contributions);
    }
}

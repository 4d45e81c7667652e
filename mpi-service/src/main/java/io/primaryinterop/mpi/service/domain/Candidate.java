package io.primaryinterop.mpi.service.domain;

import java.util.List;

/**
 * A candidate person for a record: the score of the best-scoring pair between the record and that
 * person's linked records; {@code reviewRule}: the label of the model's review rule that pair meets (it is not
 * linked automatically, whatever its probability), or null.
 */
public record Candidate(String personId, double probability, double matchWeight, List<ScoreContribution> contributions,
                        String reviewRule) {
    public Candidate {
        contributions = List.copyOf(contributions);
    }

    public Candidate(String personId, double probability, double matchWeight, List<ScoreContribution> contributions) {
        this(personId, probability, matchWeight, contributions, null);
    }
}

package io.primaryinterop.mpi.service.domain;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How one golden field picks its value among the person's records that have one (blank is no value).
 * Every rule breaks ties by the most recent record, so the choice never depends on read order.
 */
public enum SurvivorshipRule {
    /** The value of the most recently updated record. */
    MOST_RECENT {
        @Override
        GoldenRecord.Contributor choose(List<Candidate> candidates, Survivorship config) {
            return candidates.stream().max(RECENCY).orElseThrow().record();
        }
    },
    /** The value most records agree on; a tie goes to the value with the most recent record. */
    MOST_FREQUENT {
        @Override
        GoldenRecord.Contributor choose(List<Candidate> candidates, Survivorship config) {
            Map<String, Integer> votes = new HashMap<>();
            candidates.forEach(c -> votes.merge(c.value(), 1, Integer::sum));
            return candidates.stream()
                    .max(Comparator.comparingInt((Candidate c) -> votes.get(c.value())).thenComparing(RECENCY))
                    .orElseThrow().record();
        }
    },
    /** The value of the record from the best-ranked source (the configured source ranking; unranked last). */
    MOST_TRUSTED_SOURCE {
        @Override
        GoldenRecord.Contributor choose(List<Candidate> candidates, Survivorship config) {
            return candidates.stream()
                    .max(Comparator.comparingInt((Candidate c) -> -config.rankOf(c.record().fields().source()))
                            .thenComparing(RECENCY))
                    .orElseThrow().record();
        }
    },
    /** The longest value (most complete spelling); a tie goes to the most recent record. */
    LONGEST {
        @Override
        GoldenRecord.Contributor choose(List<Candidate> candidates, Survivorship config) {
            return candidates.stream()
                    .max(Comparator.comparingInt((Candidate c) -> c.value().length()).thenComparing(RECENCY))
                    .orElseThrow().record();
        }
    },
    /** The value of the first record that had one (earliest created): the first answer stands. */
    FIRST_NON_EMPTY {
        @Override
        GoldenRecord.Contributor choose(List<Candidate> candidates, Survivorship config) {
            return candidates.stream()
                    .min(Comparator.comparing((Candidate c) -> c.record().createdAt())
                            .thenComparingLong(c -> c.record().rowId()))
                    .orElseThrow().record();
        }
    };

    private static final Comparator<Candidate> RECENCY = Comparator
            .comparing((Candidate c) -> c.record().updatedAt())
            .thenComparingLong(c -> c.record().rowId());

    /** Picks the record whose value survives; {@code candidates} is not empty. */
    abstract GoldenRecord.Contributor choose(List<Candidate> candidates, Survivorship config);

    /** A record's trimmed, non-blank value for the field being decided. */
    record Candidate(String value, GoldenRecord.Contributor record) {
    }
}

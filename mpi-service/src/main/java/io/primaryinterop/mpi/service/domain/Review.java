package io.primaryinterop.mpi.service.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** Review queue views: a task in a list, a page of tasks with the workload per status, a task in detail. */
public final class Review {

    private Review() {
    }

    /** Review task statuses. */
    public static final List<String> STATUSES = List.of("OPEN", "SKIPPED", "MATCHED", "NO_MATCH", "SUPERSEDED");

    /**
     * A queue query (null: any). Age is how long ago a task was made, as ISO-8601 durations
     * ({@code PT4H}, {@code P7D}); {@code sort} is {@code probability} or {@code createdAt}, a leading
     * {@code -} for descending.
     */
    public record Query(String status, Double minProbability, Double maxProbability, String source,
                        java.time.Duration minAge, java.time.Duration maxAge, String sort, int page, int size) {
        public Query {
            if (status != null && !STATUSES.contains(status)) {
                throw new MpiException.InvalidRecord("status", "must be one of " + STATUSES);
            }
            checkProbability("minProbability", minProbability);
            checkProbability("maxProbability", maxProbability);
            if (minProbability != null && maxProbability != null && minProbability > maxProbability) {
                throw new MpiException.InvalidRecord("minProbability", "must not exceed maxProbability");
            }
            if (minAge != null && maxAge != null && minAge.compareTo(maxAge) > 0) {
                throw new MpiException.InvalidRecord("minAge", "must not exceed maxAge");
            }
            if (minAge != null && minAge.isNegative() || maxAge != null && maxAge.isNegative()) {
                throw new MpiException.InvalidRecord(minAge != null && minAge.isNegative() ? "minAge" : "maxAge",
                        "must not be negative");
            }
            sort = sort == null || sort.isBlank() ? "createdAt" : sort.trim();
            if (!List.of("probability", "-probability", "createdAt", "-createdAt").contains(sort)) {
                throw new MpiException.InvalidRecord("sort", "must be probability or createdAt, '-' first for descending");
            }
            if (page < 0) {
                throw new MpiException.InvalidRecord("page", "must be 0 or more");
            }
            if (size < 1 || size > 200) {
                throw new MpiException.InvalidRecord("size", "must be between 1 and 200");
            }
        }

        private static void checkProbability(String field, Double p) {
            if (p != null && !(p >= 0 && p <= 1)) {
                throw new MpiException.InvalidRecord(field, "must be between 0 and 1");
            }
        }
    }

    /**
     * One review task: the record, the candidate person, the score when it was made, and its state; {@code reason}:
     * why it is a review although the score may have been high enough to link (a cannot-link, the model's review
     * rule by its label, a placeholder patient), null when the probability fell between the thresholds.
     */
    public record Summary(long id, String status, int version, String source, String recordId, String recordPersonId,
                          String candidatePersonId, Double probability, Double matchWeight, String modelVersion,
                          LocalDateTime createdAt, LocalDateTime updatedAt, String decidedBy, LocalDateTime decidedAt,
                          String note, String reason) {
    }

    /** A page of tasks, the total under the filters and the counts per status (under the other filters). */
    public record Page(List<Summary> items, int page, int size, long total, Map<String, Integer> counts) {
        public Page {
            items = List.copyOf(items);
            counts = Map.copyOf(counts);
        }
    }

    /**
     * A task in detail: the record and the candidate person's best-matching record side by side, and
     * the score of that pair now: prior weight plus one contribution per comparison (level and match
     * weight) add up to the match weight (the steps of a waterfall chart).
     */
    public record Details(Summary task, RecordFields record, PersonDetails candidate, RecordFields candidateRecord,
                          Comparison comparison) {
    }

    /** The pair's score: {@code priorWeight + sum(contributions.matchWeight) = matchWeight}. */
    public record Comparison(double probability, double matchWeight, double priorWeight,
                             List<ScoreContribution> contributions) {
        public Comparison {
            contributions = List.copyOf(contributions);
        }
    }
}

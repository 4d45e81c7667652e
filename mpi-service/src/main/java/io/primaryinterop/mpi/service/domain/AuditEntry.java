package io.primaryinterop.mpi.service.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * One audit event as the API shows it: who, when, what, on which persons and records, the state
 * before and after (ids, decisions and names of changed fields; never patient values), and why.
 */
public record AuditEntry(long id, LocalDateTime at, String actor, String action, List<String> personIds,
                         List<RecordRef> records, Map<String, Object> before, Map<String, Object> after, String reason) {

    /** A source record's identity. */
    public record RecordRef(String source, String recordId) {
    }

    /** A page of events, oldest first. */
    public record Page(List<AuditEntry> items, int page, int size, long total) {
        public Page {
            items = List.copyOf(items);
        }
    }

    /**
     * What to look for (null: any). {@code personId} is an enterprise id; a record is {@code source} +
     * {@code recordId}; the time range is [{@code from}, {@code to}) in UTC.
     */
    public record Query(String personId, String source, String recordId, String actor, LocalDateTime from,
                        LocalDateTime to, int page, int size) {
        public Query {
            if (page < 0) {
                throw new MpiException.InvalidRecord("page", "must be 0 or more");
            }
            if (size < 1 || size > 500) {
                throw new MpiException.InvalidRecord("size", "must be between 1 and 500");
            }
            if ((source == null) != (recordId == null)) {
                throw new MpiException.InvalidRecord(source == null ? "source" : "recordId",
                        "a record is named by source and recordId together");
            }
            if (from != null && to != null && from.isAfter(to)) {
                throw new MpiException.InvalidRecord("from", "must not be after to");
            }
        }
    }
}

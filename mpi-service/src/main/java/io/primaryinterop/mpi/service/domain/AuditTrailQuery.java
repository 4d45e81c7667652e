package io.primaryinterop.mpi.service.domain;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A filter over the audit trail; null or empty means "any". {@code from} inclusive, {@code until}
 * exclusive (UTC). Newest first, one page of {@code count} after {@code offset}.
 */
public record AuditTrailQuery(LocalDateTime from, LocalDateTime until, Long recordRowId, String personId, String actor,
                              List<String> actions, List<String> excludedActions, int count, int offset) {
    public AuditTrailQuery {
        actions = List.copyOf(actions);
        excludedActions = List.copyOf(excludedActions);
        if (count < 1 || offset < 0) {
            throw new IllegalArgumentException("count must be positive and offset not negative: " + count + ", " + offset);
        }
    }
}

package io.primaryinterop.mpi.service.store;

import io.primaryinterop.mpi.service.domain.Decision;
import java.time.LocalDateTime;

/** The current link of a source record to a person. */
public record StoredLink(long id, long recordId, long personId, Double matchWeight, Double probability,
                         LinkType linkType, Decision decision, String modelVersion, LocalDateTime createdAt) {

    /** AUTO: decided by the model, re-evaluated on update. MANUAL: set by a steward, never moved by matching. */
    public enum LinkType { AUTO, MANUAL }
}

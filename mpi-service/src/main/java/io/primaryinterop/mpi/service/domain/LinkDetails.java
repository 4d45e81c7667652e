package io.primaryinterop.mpi.service.domain;

import java.time.LocalDateTime;

/** A record's current link: to which person, how decided, and with what score (null for a new person). */
public record LinkDetails(String personId, String linkType, Decision decision, Double probability, Double matchWeight,
                          String modelVersion, LocalDateTime linkedAt) {
}

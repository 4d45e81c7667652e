package io.primaryinterop.mpi.service.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.primaryinterop.mpi.service.store.RematchJobRepository.StoredJob;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;

/**
 * A re-match job: status (RUNNING, DONE, FAILED), progress, and once done the changes found (dry-run) or
 * made: {@code source, recordId, personBefore, decisionBefore, personAfter, decisionAfter}, the first 1000.
 */
public record JobResponse(long id, String type, String modelVersion, boolean dryRun, String status, String requestedBy,
                          LocalDateTime createdAt, LocalDateTime finishedAt, int recordsTotal, int recordsDone,
                          int recordsChanged, JsonNode changes, String error) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static JobResponse of(StoredJob job) {
        return new JobResponse(job.id(), "REMATCH", job.modelVersion(), job.dryRun(), job.status(), job.requestedBy(),
                job.createdAt(), job.finishedAt(), job.recordsTotal(), job.recordsDone(), job.recordsChanged(),
                parse(job.changesJson()), job.error());
    }

    private static JsonNode parse(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("stored job changes are not JSON", e);
        }
    }
}

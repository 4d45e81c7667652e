package io.primaryinterop.mpi.service.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.primaryinterop.mpi.service.store.AuditRepository.AuditEvent;
import io.primaryinterop.mpi.service.store.AuditLogRepository;
import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * Writes the audit event of a change of state, inside the change's transaction: actor, time, action,
 * subjects, before and after as JSON (ids, decisions, names of changed fields; never patient values)
 * and the reason.
 */
@Singleton
public final class AuditLog {

    private final AuditLogRepository trail;
    private final ObjectMapper json;

    AuditLog(AuditLogRepository trail, ObjectMapper json) {
        this.trail = trail;
        this.json = json;
    }

    /** One change: the first person and record are the event's main subjects, all are listed as subjects. */
    public record Change(String actor, String action, List<Long> personRowIds, List<Long> recordRowIds,
                         Map<String, ?> before, Map<String, ?> after, String reason) {
    }

    public void record(DSLContext tx, Change change, LocalDateTime at) {
        Long person = change.personRowIds().isEmpty() ? null : change.personRowIds().get(0);
        Long record = change.recordRowIds().isEmpty() ? null : change.recordRowIds().get(0);
        trail.append(tx, new AuditEvent(at, change.actor(), change.action(), record, person, write(change.before()),
                write(change.after()), change.reason()), change.personRowIds(), change.recordRowIds());
    }

    /** A before/after document from name, value pairs, in that order (so events read the same way each time). */
    static Map<String, Object> document(Object... namesAndValues) {
        Map<String, Object> document = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            document.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return document;
    }

    /** Now in UTC to the microsecond (what DATETIME(6) keeps). */
    static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private String write(Map<String, ?> document) {
        if (document == null) {
            return null;
        }
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an audit document", e);
        }
    }
}

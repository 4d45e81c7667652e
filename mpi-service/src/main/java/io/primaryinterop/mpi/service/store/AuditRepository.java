package io.primaryinterop.mpi.service.store;

import static io.primaryinterop.mpi.service.store.jooq.Tables.AUDIT_EVENT;

import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record4;

/** Audit events: who, when, what (action, record, person, before/after) and why. Append only. */
@Singleton
public final class AuditRepository {

    public void append(DSLContext ctx, AuditEvent event) {
        ctx.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.AT, event.at()).set(AUDIT_EVENT.ACTOR, event.actor()).set(AUDIT_EVENT.ACTION, event.action())
                .set(AUDIT_EVENT.RECORD_ID, event.recordRowId()).set(AUDIT_EVENT.PERSON_ID, event.personRowId())
                .set(AUDIT_EVENT.BEFORE_JSON, event.beforeJson()).set(AUDIT_EVENT.AFTER_JSON, event.afterJson())
                .set(AUDIT_EVENT.REASON, event.reason())
                .execute();
    }

    /** (action, person row id, after json, at) of a record's events, oldest first. */
    public List<Record4<String, Long, String, LocalDateTime>> forRecord(DSLContext ctx, long recordRowId) {
        return ctx.select(AUDIT_EVENT.ACTION, AUDIT_EVENT.PERSON_ID, AUDIT_EVENT.AFTER_JSON, AUDIT_EVENT.AT)
                .from(AUDIT_EVENT).where(AUDIT_EVENT.RECORD_ID.eq(recordRowId)).orderBy(AUDIT_EVENT.ID).fetch();
    }

    /** One audit event. JSON documents carry ids, decisions and scores, not patient values. */
    public record AuditEvent(LocalDateTime at, String actor, String action, Long recordRowId, Long personRowId,
                             String beforeJson, String afterJson, String reason) {
        public AuditEvent {
            if (actor == null || actor.isBlank() || action == null || action.isBlank()) {
                throw new IllegalArgumentException("an audit event needs an actor and an action");
            }
        }
    }
}

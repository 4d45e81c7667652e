package io.primaryinterop.mpi.service.store;

import static io.primaryinterop.mpi.service.store.jooq.Tables.AUDIT_EVENT;
import static io.primaryinterop.mpi.service.store.jooq.Tables.PERSON;

import io.primaryinterop.mpi.service.domain.AuditTrailQuery;
import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** Reads of the audit trail (audit_event) for the standards front ends: one event, or a filtered page, newest first. */
@Singleton
public final class AuditTrailRepository {

    public Optional<AuditRow> byId(DSLContext ctx, long id) {
        return select(ctx).where(AUDIT_EVENT.ID.eq(id)).fetchOptional(AuditTrailRepository::toRow);
    }

    public List<AuditRow> search(DSLContext ctx, AuditTrailQuery query) {
        List<Condition> where = new ArrayList<>();
        if (query.from() != null) {
            where.add(AUDIT_EVENT.AT.ge(query.from()));
        }
        if (query.until() != null) {
            where.add(AUDIT_EVENT.AT.lt(query.until()));
        }
        if (query.recordRowId() != null) {
            where.add(AUDIT_EVENT.RECORD_ID.eq(query.recordRowId()));
        }
        if (query.personId() != null) {
            where.add(AUDIT_EVENT.PERSON_ID.in(DSL.select(PERSON.ID).from(PERSON).where(PERSON.ENTERPRISE_ID.eq(query.personId()))));
        }
        if (query.actor() != null) {
            where.add(AUDIT_EVENT.ACTOR.eq(query.actor()));
        }
        if (!query.actions().isEmpty()) {
            where.add(AUDIT_EVENT.ACTION.in(query.actions()));
        }
        if (!query.excludedActions().isEmpty()) {
            where.add(AUDIT_EVENT.ACTION.notIn(query.excludedActions()));
        }
        return select(ctx).where(where).orderBy(AUDIT_EVENT.ID.desc()).limit(query.count()).offset(query.offset())
                .fetch(AuditTrailRepository::toRow);
    }

    private static org.jooq.SelectOnConditionStep<Record> select(DSLContext ctx) {
        return ctx.select(AUDIT_EVENT.fields()).select(PERSON.ENTERPRISE_ID).from(AUDIT_EVENT)
                .leftJoin(PERSON).on(PERSON.ID.eq(AUDIT_EVENT.PERSON_ID));
    }

    private static AuditRow toRow(Record r) {
        return new AuditRow(r.get(AUDIT_EVENT.ID), r.get(AUDIT_EVENT.AT), r.get(AUDIT_EVENT.ACTOR), r.get(AUDIT_EVENT.ACTION),
                r.get(AUDIT_EVENT.RECORD_ID), r.get(PERSON.ENTERPRISE_ID), r.get(AUDIT_EVENT.BEFORE_JSON),
                r.get(AUDIT_EVENT.AFTER_JSON), r.get(AUDIT_EVENT.REASON));
    }

    /** One audit event, with its person's enterprise id (null when none). */
    public record AuditRow(long id, LocalDateTime at, String actor, String action, Long recordRowId, String personId,
                           String beforeJson, String afterJson, String reason) {
    }
}

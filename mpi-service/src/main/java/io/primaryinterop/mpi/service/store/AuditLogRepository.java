package io.primaryinterop.mpi.service.store;

import static io.primaryinterop.mpi.service.store.jooq.Tables.AUDIT_EVENT;
import static io.primaryinterop.mpi.service.store.jooq.Tables.AUDIT_SUBJECT;
import static io.primaryinterop.mpi.service.store.jooq.Tables.PERSON;
import static io.primaryinterop.mpi.service.store.jooq.Tables.SOURCE_RECORD;

import io.primaryinterop.mpi.service.store.AuditRepository.AuditEvent;
import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Audit events with all their subjects (persons and records), and the search over them. Append
 * only: there is no update and no delete here.
 */
@Singleton
public final class AuditLogRepository {

    /** A stored event with the identities of its subjects (enterprise ids; records as source and record id). */
    public record StoredEvent(long id, LocalDateTime at, String actor, String action, List<String> personIds,
                              List<RecordRef> records, String beforeJson, String afterJson, String reason) {
    }

    /** A source record's identity. */
    public record RecordRef(String source, String recordId) {
    }

    /** Search conditions (null: any); {@code personRowId}/{@code recordRowId} match any subject of the event. */
    public record Query(Long personRowId, Long recordRowId, String actor, LocalDateTime from, LocalDateTime to) {
    }

    /** Appends the event; every person and record in the lists becomes a subject of it. */
    public long append(DSLContext ctx, AuditEvent event, Collection<Long> personRowIds, Collection<Long> recordRowIds) {
        long id = ctx.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.AT, event.at()).set(AUDIT_EVENT.ACTOR, event.actor()).set(AUDIT_EVENT.ACTION, event.action())
                .set(AUDIT_EVENT.RECORD_ID, event.recordRowId()).set(AUDIT_EVENT.PERSON_ID, event.personRowId())
                .set(AUDIT_EVENT.BEFORE_JSON, event.beforeJson()).set(AUDIT_EVENT.AFTER_JSON, event.afterJson())
                .set(AUDIT_EVENT.REASON, event.reason())
                .returningResult(AUDIT_EVENT.ID).fetchOne().value1();
        for (long person : personRowIds.stream().distinct().toList()) {
            ctx.insertInto(AUDIT_SUBJECT).set(AUDIT_SUBJECT.EVENT_ID, id).set(AUDIT_SUBJECT.PERSON_ID, person).execute();
        }
        for (long record : recordRowIds.stream().distinct().toList()) {
            ctx.insertInto(AUDIT_SUBJECT).set(AUDIT_SUBJECT.EVENT_ID, id).set(AUDIT_SUBJECT.RECORD_ID, record).execute();
        }
        return id;
    }

    /** Events matching the query, oldest first. */
    public List<StoredEvent> search(DSLContext ctx, Query query, int offset, int limit) {
        return events(ctx, where(query), offset, limit);
    }

    /** One event by its id, with its subjects. */
    public Optional<StoredEvent> byId(DSLContext ctx, long id) {
        return events(ctx, AUDIT_EVENT.ID.eq(id), 0, 1).stream().findFirst();
    }

    private List<StoredEvent> events(DSLContext ctx, Condition where, int offset, int limit) {
        List<StoredEvent> events = new ArrayList<>();
        var rows = ctx.selectFrom(AUDIT_EVENT).where(where).orderBy(AUDIT_EVENT.ID).limit(limit).offset(offset).fetch();
        if (rows.isEmpty()) {
            return events;
        }
        List<Long> ids = rows.map(r -> r.getId());
        Map<Long, List<String>> persons = new HashMap<>();
        Map<Long, List<RecordRef>> records = new HashMap<>();
        rows.forEach(r -> {
            persons.put(r.getId(), new ArrayList<>());
            records.put(r.getId(), new ArrayList<>());
        });
        // The event's own columns and its listed subjects, resolved to public identities.
        ctx.select(AUDIT_EVENT.ID, PERSON.ENTERPRISE_ID).from(AUDIT_EVENT).join(PERSON).on(PERSON.ID.eq(AUDIT_EVENT.PERSON_ID))
                .where(AUDIT_EVENT.ID.in(ids))
                .unionAll(DSL.select(AUDIT_SUBJECT.EVENT_ID, PERSON.ENTERPRISE_ID).from(AUDIT_SUBJECT)
                        .join(PERSON).on(PERSON.ID.eq(AUDIT_SUBJECT.PERSON_ID)).where(AUDIT_SUBJECT.EVENT_ID.in(ids)))
                .forEach(r -> addOnce(persons.get(r.value1()), r.value2()));
        ctx.select(AUDIT_EVENT.ID, SOURCE_RECORD.SOURCE, SOURCE_RECORD.RECORD_ID).from(AUDIT_EVENT)
                .join(SOURCE_RECORD).on(SOURCE_RECORD.ID.eq(AUDIT_EVENT.RECORD_ID)).where(AUDIT_EVENT.ID.in(ids))
                .unionAll(DSL.select(AUDIT_SUBJECT.EVENT_ID, SOURCE_RECORD.SOURCE, SOURCE_RECORD.RECORD_ID).from(AUDIT_SUBJECT)
                        .join(SOURCE_RECORD).on(SOURCE_RECORD.ID.eq(AUDIT_SUBJECT.RECORD_ID)).where(AUDIT_SUBJECT.EVENT_ID.in(ids)))
                .forEach(r -> addOnce(records.get(r.value1()), new RecordRef(r.value2(), r.value3())));
        rows.forEach(r -> events.add(new StoredEvent(r.getId(), r.getAt(), r.getActor(), r.getAction(),
                persons.get(r.getId()), records.get(r.getId()), r.getBeforeJson(), r.getAfterJson(), r.getReason())));
        return events;
    }

    public int count(DSLContext ctx, Query query) {
        return ctx.fetchCount(AUDIT_EVENT, where(query));
    }

    private static <T> void addOnce(List<T> list, T value) {
        if (!list.contains(value)) {
            list.add(value);
        }
    }

    private static Condition where(Query q) {
        Condition c = DSL.noCondition();
        if (q.personRowId() != null) {
            c = c.and(AUDIT_EVENT.PERSON_ID.eq(q.personRowId()).or(AUDIT_EVENT.ID.in(
                    DSL.select(AUDIT_SUBJECT.EVENT_ID).from(AUDIT_SUBJECT).where(AUDIT_SUBJECT.PERSON_ID.eq(q.personRowId())))));
        }
        if (q.recordRowId() != null) {
            c = c.and(AUDIT_EVENT.RECORD_ID.eq(q.recordRowId()).or(AUDIT_EVENT.ID.in(
                    DSL.select(AUDIT_SUBJECT.EVENT_ID).from(AUDIT_SUBJECT).where(AUDIT_SUBJECT.RECORD_ID.eq(q.recordRowId())))));
        }
        if (q.actor() != null) {
            c = c.and(AUDIT_EVENT.ACTOR.eq(q.actor()));
        }
        if (q.from() != null) {
            c = c.and(AUDIT_EVENT.AT.ge(q.from()));
        }
        if (q.to() != null) {
            c = c.and(AUDIT_EVENT.AT.lt(q.to()));
        }
        return c;
    }
}

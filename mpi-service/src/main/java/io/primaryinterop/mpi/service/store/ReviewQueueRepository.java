package io.primaryinterop.mpi.service.store;

import static io.primaryinterop.mpi.service.store.jooq.Tables.LINK;
import static io.primaryinterop.mpi.service.store.jooq.Tables.PERSON;
import static io.primaryinterop.mpi.service.store.jooq.Tables.REVIEW_TASK;
import static io.primaryinterop.mpi.service.store.jooq.Tables.SOURCE_RECORD;

import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/** The review queue as stewards see it: filtered, sorted, paged, counted; and their decisions on it. */
@Singleton
public final class ReviewQueueRepository {

    private static final io.primaryinterop.mpi.service.store.jooq.tables.Person RECORD_PERSON = PERSON.as("record_person");

    /** Decided by a steward: the record was linked to the candidate person. */
    public static final String MATCHED = "MATCHED";
    /** Decided by a steward: not the same patient (the pairs are remembered). */
    public static final String NO_MATCH = "NO_MATCH";
    /** Put aside by a steward; still open to a decision, no longer in the OPEN queue. */
    public static final String SKIPPED = "SKIPPED";

    /** A review task row with the identities of its record and candidate person. */
    public record ReviewRow(long id, String status, long recordRowId, String source, String recordId,
                            String recordPersonId, long personRowId,
                            String personId, Double matchWeight, Double probability, String modelVersion,
                            LocalDateTime createdAt, LocalDateTime updatedAt, int version, String decidedBy,
                            LocalDateTime decidedAt, String note, String reason) {
    }

    /** Filters (null: any). */
    public record Filter(String status, Double minProbability, Double maxProbability, String source,
                         LocalDateTime createdFrom, LocalDateTime createdTo) {
    }

    /** Sort by {@code probability} or {@code createdAt}. */
    public enum SortKey { PROBABILITY, CREATED_AT }

    public List<ReviewRow> page(DSLContext ctx, Filter filter, SortKey sort, boolean descending, int offset, int limit) {
        SortField<?> primary = switch (sort) {
            case PROBABILITY -> descending ? REVIEW_TASK.PROBABILITY.desc() : REVIEW_TASK.PROBABILITY.asc();
            case CREATED_AT -> descending ? REVIEW_TASK.CREATED_AT.desc() : REVIEW_TASK.CREATED_AT.asc();
        };
        return select(ctx).where(where(filter, true))
                .orderBy(primary, descending ? REVIEW_TASK.ID.desc() : REVIEW_TASK.ID.asc())
                .limit(limit).offset(offset)
                .fetch(ReviewQueueRepository::toRow);
    }

    public int count(DSLContext ctx, Filter filter) {
        return ctx.fetchCount(DSL.selectOne().from(REVIEW_TASK).join(SOURCE_RECORD).on(SOURCE_RECORD.ID.eq(REVIEW_TASK.RECORD_ID))
                .where(where(filter, true)));
    }

    /** Tasks per status under the filter's other conditions (the steward's workload). */
    public Map<String, Integer> countsByStatus(DSLContext ctx, Filter filter) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String status : List.of(ReviewTaskRepository.OPEN, SKIPPED, MATCHED, NO_MATCH, ReviewTaskRepository.SUPERSEDED)) {
            counts.put(status, 0);
        }
        ctx.select(REVIEW_TASK.STATUS, DSL.count()).from(REVIEW_TASK)
                .join(SOURCE_RECORD).on(SOURCE_RECORD.ID.eq(REVIEW_TASK.RECORD_ID))
                .where(where(filter, false)).groupBy(REVIEW_TASK.STATUS)
                .forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }

    public Optional<ReviewRow> byId(DSLContext ctx, long id) {
        return select(ctx).where(REVIEW_TASK.ID.eq(id)).fetchOptional(ReviewQueueRepository::toRow);
    }

    /** Locks the task row until the transaction ends. */
    public Optional<ReviewRow> lock(DSLContext ctx, long id) {
        ctx.select(REVIEW_TASK.ID).from(REVIEW_TASK).where(REVIEW_TASK.ID.eq(id)).forUpdate().fetch();
        return byId(ctx, id);
    }

    /** Records the decision if the task is still at {@code version}; false if someone else changed it first. */
    public boolean decide(DSLContext ctx, long id, int version, String status, String actor, String note, LocalDateTime now) {
        return ctx.update(REVIEW_TASK).set(REVIEW_TASK.STATUS, status).set(REVIEW_TASK.DECIDED_BY, actor)
                .set(REVIEW_TASK.DECIDED_AT, now).set(REVIEW_TASK.NOTE, note).set(REVIEW_TASK.UPDATED_AT, now)
                .set(REVIEW_TASK.VERSION, REVIEW_TASK.VERSION.plus(1))
                .where(REVIEW_TASK.ID.eq(id).and(REVIEW_TASK.VERSION.eq(version)))
                .execute() == 1;
    }

    /** Supersedes the record's other undecided tasks (its person was decided by a steward). */
    public int supersedeOthers(DSLContext ctx, long recordRowId, long exceptTaskId, LocalDateTime now) {
        return ctx.update(REVIEW_TASK).set(REVIEW_TASK.STATUS, ReviewTaskRepository.SUPERSEDED)
                .set(REVIEW_TASK.UPDATED_AT, now).set(REVIEW_TASK.VERSION, REVIEW_TASK.VERSION.plus(1))
                .where(REVIEW_TASK.RECORD_ID.eq(recordRowId).and(REVIEW_TASK.ID.ne(exceptTaskId))
                        .and(REVIEW_TASK.STATUS.in(ReviewTaskRepository.OPEN, SKIPPED)))
                .execute();
    }

    private static org.jooq.SelectOnConditionStep<Record> select(DSLContext ctx) {
        return ctx.select(REVIEW_TASK.asterisk(), SOURCE_RECORD.SOURCE, SOURCE_RECORD.RECORD_ID.as("source_record_id"),
                        PERSON.ENTERPRISE_ID, RECORD_PERSON.ENTERPRISE_ID.as("record_person_id"))
                .from(REVIEW_TASK)
                .join(SOURCE_RECORD).on(SOURCE_RECORD.ID.eq(REVIEW_TASK.RECORD_ID))
                .join(PERSON).on(PERSON.ID.eq(REVIEW_TASK.PERSON_ID))
                .leftJoin(LINK).on(LINK.RECORD_ID.eq(REVIEW_TASK.RECORD_ID))
                .leftJoin(RECORD_PERSON).on(RECORD_PERSON.ID.eq(LINK.PERSON_ID));
    }

    private static Condition where(Filter f, boolean withStatus) {
        Condition c = DSL.noCondition();
        if (withStatus && f.status() != null) {
            c = c.and(REVIEW_TASK.STATUS.eq(f.status()));
        }
        if (f.minProbability() != null) {
            c = c.and(REVIEW_TASK.PROBABILITY.ge(f.minProbability()));
        }
        if (f.maxProbability() != null) {
            c = c.and(REVIEW_TASK.PROBABILITY.le(f.maxProbability()));
        }
        if (f.source() != null) {
            c = c.and(SOURCE_RECORD.SOURCE.eq(f.source()));
        }
        if (f.createdFrom() != null) {
            c = c.and(REVIEW_TASK.CREATED_AT.ge(f.createdFrom()));
        }
        if (f.createdTo() != null) {
            c = c.and(REVIEW_TASK.CREATED_AT.le(f.createdTo()));
        }
        return c;
    }

    private static ReviewRow toRow(Record r) {
        return new ReviewRow(r.get(REVIEW_TASK.ID), r.get(REVIEW_TASK.STATUS), r.get(REVIEW_TASK.RECORD_ID),
                r.get(SOURCE_RECORD.SOURCE), r.get("source_record_id", String.class),
                r.get("record_person_id", String.class), r.get(REVIEW_TASK.PERSON_ID),
                r.get(PERSON.ENTERPRISE_ID), r.get(REVIEW_TASK.MATCH_WEIGHT), r.get(REVIEW_TASK.PROBABILITY),
                r.get(REVIEW_TASK.MODEL_VERSION), r.get(REVIEW_TASK.CREATED_AT), r.get(REVIEW_TASK.UPDATED_AT),
                r.get(REVIEW_TASK.VERSION), r.get(REVIEW_TASK.DECIDED_BY), r.get(REVIEW_TASK.DECIDED_AT),
                r.get(REVIEW_TASK.NOTE), r.get(REVIEW_TASK.REASON));
    }
}

package io.primaryinterop.mpi.service.store;

import static io.primaryinterop.mpi.service.store.jooq.Tables.REVIEW_TASK;

import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record3;

/** Review tasks pairing a record with a candidate person whose probability fell between the thresholds. */
@Singleton
public final class ReviewTaskRepository {

    public static final String OPEN = "OPEN";
    /** Replaced by a newer decision on the same record (its update was re-evaluated). */
    public static final String SUPERSEDED = "SUPERSEDED";

    public void insert(DSLContext ctx, long recordRowId, long personRowId, double matchWeight, double probability,
                       String modelVersion, LocalDateTime now) {
        ctx.insertInto(REVIEW_TASK)
                .set(REVIEW_TASK.RECORD_ID, recordRowId).set(REVIEW_TASK.PERSON_ID, personRowId)
                .set(REVIEW_TASK.MATCH_WEIGHT, matchWeight).set(REVIEW_TASK.PROBABILITY, probability)
                .set(REVIEW_TASK.STATUS, OPEN).set(REVIEW_TASK.MODEL_VERSION, modelVersion)
                .set(REVIEW_TASK.CREATED_AT, now).set(REVIEW_TASK.UPDATED_AT, now).set(REVIEW_TASK.VERSION, 1)
                .execute();
    }

    /**
     * A task to open: the candidate person, the pair's score and why it is a review although the score may be
     * high enough to link (or null).
     */
    public record NewTask(long personRowId, double matchWeight, double probability, String reason) {
    }

    /** Opens tasks pairing the record with each candidate person: one multi-row insert. */
    public void insertAll(DSLContext ctx, long recordRowId, List<NewTask> tasks, String modelVersion, LocalDateTime now) {
        if (tasks.isEmpty()) {
            return;
        }
        var insert = ctx.insertInto(REVIEW_TASK, REVIEW_TASK.RECORD_ID, REVIEW_TASK.PERSON_ID, REVIEW_TASK.MATCH_WEIGHT,
                REVIEW_TASK.PROBABILITY, REVIEW_TASK.STATUS, REVIEW_TASK.MODEL_VERSION, REVIEW_TASK.CREATED_AT,
                REVIEW_TASK.UPDATED_AT, REVIEW_TASK.VERSION, REVIEW_TASK.REASON);
        for (NewTask task : tasks) {
            insert = insert.values(recordRowId, task.personRowId(), task.matchWeight(), task.probability(), OPEN,
                    modelVersion, now, now, 1, task.reason());
        }
        insert.execute();
    }

    /** Closes the record's open tasks; returns how many. */
    public int supersedeOpen(DSLContext ctx, long recordRowId, LocalDateTime now) {
        return ctx.update(REVIEW_TASK).set(REVIEW_TASK.STATUS, SUPERSEDED).set(REVIEW_TASK.UPDATED_AT, now)
                .set(REVIEW_TASK.VERSION, REVIEW_TASK.VERSION.plus(1))
                .where(REVIEW_TASK.RECORD_ID.eq(recordRowId).and(REVIEW_TASK.STATUS.eq(OPEN)))
                .execute();
    }

    /** (record row id, person row id, probability) of the record's open tasks. */
    public List<Record3<Long, Long, Double>> openForRecord(DSLContext ctx, long recordRowId) {
        return ctx.select(REVIEW_TASK.RECORD_ID, REVIEW_TASK.PERSON_ID, REVIEW_TASK.PROBABILITY).from(REVIEW_TASK)
                .where(REVIEW_TASK.RECORD_ID.eq(recordRowId).and(REVIEW_TASK.STATUS.eq(OPEN)))
                .orderBy(REVIEW_TASK.ID).fetch();
    }
}

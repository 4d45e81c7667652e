package io.primaryinterop.mpi.service.store;

import static io.primaryinterop.mpi.service.store.jooq.Tables.LINK;
import static io.primaryinterop.mpi.service.store.jooq.Tables.REMATCH_JOB;

import io.primaryinterop.mpi.service.store.jooq.tables.records.RematchJobRecord;
import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Re-match jobs: status, progress and the changes found (or made). */
@Singleton
public final class RematchJobRepository {

    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";

    public long insert(DSLContext ctx, String modelVersion, boolean dryRun, String actor, int total, LocalDateTime now) {
        return ctx.insertInto(REMATCH_JOB)
                .set(REMATCH_JOB.MODEL_VERSION, modelVersion).set(REMATCH_JOB.DRY_RUN, (byte) (dryRun ? 1 : 0))
                .set(REMATCH_JOB.STATUS, RUNNING).set(REMATCH_JOB.REQUESTED_BY, actor).set(REMATCH_JOB.CREATED_AT, now)
                .set(REMATCH_JOB.RECORDS_TOTAL, total).set(REMATCH_JOB.RECORDS_DONE, 0).set(REMATCH_JOB.RECORDS_CHANGED, 0)
                .returningResult(REMATCH_JOB.ID).fetchSingle().value1();
    }

    public void progress(DSLContext ctx, long id, int done, int changed) {
        ctx.update(REMATCH_JOB).set(REMATCH_JOB.RECORDS_DONE, done).set(REMATCH_JOB.RECORDS_CHANGED, changed)
                .where(REMATCH_JOB.ID.eq(id)).execute();
    }

    public void finish(DSLContext ctx, long id, int done, int changed, String changesJson, LocalDateTime now) {
        ctx.update(REMATCH_JOB).set(REMATCH_JOB.STATUS, DONE).set(REMATCH_JOB.RECORDS_DONE, done)
                .set(REMATCH_JOB.RECORDS_CHANGED, changed).set(REMATCH_JOB.CHANGES_JSON, changesJson)
                .set(REMATCH_JOB.FINISHED_AT, now).where(REMATCH_JOB.ID.eq(id)).execute();
    }

    public void fail(DSLContext ctx, long id, String error, LocalDateTime now) {
        ctx.update(REMATCH_JOB).set(REMATCH_JOB.STATUS, FAILED)
                .set(REMATCH_JOB.ERROR, error.length() > 500 ? error.substring(0, 500) : error)
                .set(REMATCH_JOB.FINISHED_AT, now).where(REMATCH_JOB.ID.eq(id)).execute();
    }

    public Optional<StoredJob> find(DSLContext ctx, long id) {
        return ctx.selectFrom(REMATCH_JOB).where(REMATCH_JOB.ID.eq(id)).fetchOptional(RematchJobRepository::toStored);
    }

    /** Row ids of the records whose link is AUTO, ascending: what a re-match re-evaluates. */
    public List<Long> autoLinkedRecords(DSLContext ctx) {
        return ctx.select(LINK.RECORD_ID).from(LINK).where(LINK.LINK_TYPE.eq(StoredLink.LinkType.AUTO.name()))
                .orderBy(LINK.RECORD_ID).fetch(r -> r.value1());
    }

    private static StoredJob toStored(RematchJobRecord r) {
        return new StoredJob(r.getId(), r.getModelVersion(), r.getDryRun() == 1, r.getStatus(), r.getRequestedBy(),
                r.getCreatedAt(), r.getFinishedAt(), r.getRecordsTotal(), r.getRecordsDone(), r.getRecordsChanged(),
                r.getChangesJson(), r.getError());
    }

    /** A job row; {@code changesJson} is a JSON array of the changes (the first ones) once done. */
    public record StoredJob(long id, String modelVersion, boolean dryRun, String status, String requestedBy,
                            LocalDateTime createdAt, LocalDateTime finishedAt, int recordsTotal, int recordsDone,
                            int recordsChanged, String changesJson, String error) {
    }
}

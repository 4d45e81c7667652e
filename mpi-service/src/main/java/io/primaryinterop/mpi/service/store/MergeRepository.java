package io.primaryinterop.mpi.service.store;

import static io.primaryinterop.mpi.service.store.jooq.Tables.PERSON;
import static io.primaryinterop.mpi.service.store.jooq.Tables.PERSON_MERGE;

import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import java.util.Optional;
import org.jooq.DSLContext;

/** Merges of one person into another, with the state they replaced, and the persons' merge status. */
@Singleton
public final class MergeRepository {

    private final KeyIndexRepository keyIndex;

    public MergeRepository(KeyIndexRepository keyIndex) {
        this.keyIndex = keyIndex;
    }

    public static final String ACTIVE = "ACTIVE";
    public static final String UNDONE = "UNDONE";

    /** A merge as stored: ids of both persons and the state before it (JSON). */
    public record StoredMerge(long id, long survivorId, long mergedId, String stateJson, LocalDateTime mergedAt) {
    }

    public long insert(DSLContext ctx, long survivorId, long mergedId, String stateJson, String actor, LocalDateTime now) {
        return ctx.insertInto(PERSON_MERGE)
                .set(PERSON_MERGE.SURVIVOR_ID, survivorId).set(PERSON_MERGE.MERGED_ID, mergedId)
                .set(PERSON_MERGE.STATUS, ACTIVE).set(PERSON_MERGE.STATE_JSON, stateJson)
                .set(PERSON_MERGE.MERGED_AT, now).set(PERSON_MERGE.MERGED_BY, actor)
                .returningResult(PERSON_MERGE.ID).fetchOne().value1();
    }

    /** The merge that made {@code mergedId} a redirect, if it is still in force. */
    public Optional<StoredMerge> activeFor(DSLContext ctx, long mergedId) {
        return ctx.selectFrom(PERSON_MERGE)
                .where(PERSON_MERGE.MERGED_ID.eq(mergedId).and(PERSON_MERGE.STATUS.eq(ACTIVE)))
                .orderBy(PERSON_MERGE.ID.desc()).limit(1)
                .fetchOptional(r -> new StoredMerge(r.getId(), r.getSurvivorId(), r.getMergedId(), r.getStateJson(),
                        r.getMergedAt()));
    }

    public void markUndone(DSLContext ctx, long mergeId, String actor, LocalDateTime now) {
        ctx.update(PERSON_MERGE).set(PERSON_MERGE.STATUS, UNDONE).set(PERSON_MERGE.UNDONE_AT, now)
                .set(PERSON_MERGE.UNDONE_BY, actor).where(PERSON_MERGE.ID.eq(mergeId)).execute();
    }

    /** The person becomes a redirect to {@code survivorId}. */
    public void markMerged(DSLContext ctx, long mergedId, long survivorId, LocalDateTime now) {
        MemoryCandidates store = keyIndex.candidateStore(ctx);
        ctx.update(PERSON).set(PERSON.STATUS, StoredPerson.MERGED).set(PERSON.MERGED_INTO, survivorId)
                .set(PERSON.UPDATED_AT, now).set(PERSON.VERSION, PERSON.VERSION.plus(1))
                .where(PERSON.ID.eq(mergedId)).execute();
        if (store != null) {
            store.stageStatus(mergedId, StoredPerson.MERGED);
        }
    }

    /** The person is in force again (after an unmerge, or a retired person given a record back). */
    public void reactivate(DSLContext ctx, long personId, LocalDateTime now) {
        MemoryCandidates store = keyIndex.candidateStore(ctx);
        ctx.update(PERSON).set(PERSON.STATUS, StoredPerson.ACTIVE).setNull(PERSON.MERGED_INTO)
                .set(PERSON.UPDATED_AT, now).set(PERSON.VERSION, PERSON.VERSION.plus(1))
                .where(PERSON.ID.eq(personId)).execute();
        if (store != null) {
            store.stageStatus(personId, StoredPerson.ACTIVE);
        }
    }

    /** Locks the person rows (ascending) until the transaction ends: merges of the same persons serialize. */
    public void lockPersons(DSLContext ctx, long... personIds) {
        for (long id : java.util.Arrays.stream(personIds).distinct().sorted().toArray()) {
            ctx.select(PERSON.ID).from(PERSON).where(PERSON.ID.eq(id)).forUpdate().fetch();
        }
    }
}

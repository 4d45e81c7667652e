package io.primaryinterop.mpi.service.store;

import static io.primaryinterop.mpi.service.store.jooq.Tables.BLOCKING_KEY;
import static io.primaryinterop.mpi.service.store.jooq.Tables.LINK;

import io.primaryinterop.mpi.service.domain.Decision;
import io.primaryinterop.mpi.service.store.StoredLink.LinkType;
import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.jooq.DSLContext;

/** Link changes made by stewards (manual links, merges and their undoing) and the key hashes they lock on. */
@Singleton
public final class StewardLinkRepository {

    private final KeyIndexRepository keyIndex;

    public StewardLinkRepository(KeyIndexRepository keyIndex) {
        this.keyIndex = keyIndex;
    }

    /** A steward's link: the record belongs to that person, and matching never moves it. */
    public void setManual(DSLContext ctx, long linkId, long personRowId, Decision decision, LocalDateTime now) {
        MemoryCandidates store = keyIndex.candidateStore(ctx);
        ctx.update(LINK).set(LINK.PERSON_ID, personRowId).set(LINK.LINK_TYPE, LinkType.MANUAL.name())
                .set(LINK.DECISION, decision.name()).setNull(LINK.MATCH_WEIGHT).setNull(LINK.PROBABILITY)
                .set(LINK.CREATED_AT, now).where(LINK.ID.eq(linkId)).execute();
        if (store != null) {
            store.stageLink(ctx.select(LINK.RECORD_ID).from(LINK).where(LINK.ID.eq(linkId)).fetchOne(LINK.RECORD_ID),
                    personRowId);
        }
    }

    /** Moves every link of one person to another (a merge); how each was decided stays as it was. */
    public int movePerson(DSLContext ctx, long fromPersonRowId, long toPersonRowId) {
        MemoryCandidates store = keyIndex.candidateStore(ctx);
        if (store != null) {
            for (Long recordRowId : ctx.select(LINK.RECORD_ID).from(LINK).where(LINK.PERSON_ID.eq(fromPersonRowId))
                    .fetch(LINK.RECORD_ID)) {
                store.stageLink(recordRowId, toPersonRowId);
            }
        }
        return ctx.update(LINK).set(LINK.PERSON_ID, toPersonRowId).where(LINK.PERSON_ID.eq(fromPersonRowId)).execute();
    }

    /** Puts a link back exactly as it was (an unmerge). */
    public void restore(DSLContext ctx, StoredLink link) {
        MemoryCandidates store = keyIndex.candidateStore(ctx);
        ctx.update(LINK).set(LINK.PERSON_ID, link.personId()).set(LINK.MATCH_WEIGHT, link.matchWeight())
                .set(LINK.PROBABILITY, link.probability()).set(LINK.LINK_TYPE, link.linkType().name())
                .set(LINK.DECISION, link.decision().name()).set(LINK.MODEL_VERSION, link.modelVersion())
                .set(LINK.CREATED_AT, link.createdAt())
                .where(LINK.ID.eq(link.id())).execute();
        if (store != null) {
            store.stageLink(link.recordId(), link.personId());
        }
    }

    /** The blocking-key hashes of these records (to lock the stripes ingest locks on). */
    public List<Long> keyHashes(DSLContext ctx, Collection<Long> recordRowIds) {
        if (recordRowIds.isEmpty()) {
            return List.of();
        }
        return ctx.selectDistinct(BLOCKING_KEY.KEY_HASH).from(BLOCKING_KEY).where(BLOCKING_KEY.RECORD_ID.in(recordRowIds))
                .fetch(BLOCKING_KEY.KEY_HASH);
    }
}

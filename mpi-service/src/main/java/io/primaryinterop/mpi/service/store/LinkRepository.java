package io.primaryinterop.mpi.service.store;

import static io.primaryinterop.mpi.service.store.jooq.Tables.LINK;

import io.primaryinterop.mpi.service.domain.Decision;
import io.primaryinterop.mpi.service.store.StoredLink.LinkType;
import io.primaryinterop.mpi.service.store.jooq.tables.records.LinkRecord;
import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Links: one current link per source record. Their history is in the audit events. */
@Singleton
public final class LinkRepository {

    private final KeyIndexRepository keyIndex;

    public LinkRepository(KeyIndexRepository keyIndex) {
        this.keyIndex = keyIndex;
    }

    public Optional<StoredLink> byRecord(DSLContext ctx, long recordRowId) {
        return ctx.selectFrom(LINK).where(LINK.RECORD_ID.eq(recordRowId)).fetchOptional(LinkRepository::toStored);
    }

    public List<StoredLink> byPerson(DSLContext ctx, long personRowId) {
        return ctx.selectFrom(LINK).where(LINK.PERSON_ID.eq(personRowId)).orderBy(LINK.RECORD_ID)
                .fetch(LinkRepository::toStored);
    }

    public int countByPerson(DSLContext ctx, long personRowId) {
        return ctx.fetchCount(LINK, LINK.PERSON_ID.eq(personRowId));
    }

    public void insert(DSLContext ctx, long recordRowId, long personRowId, Double matchWeight, Double probability,
                       LinkType type, Decision decision, String modelVersion, LocalDateTime now) {
        MemoryCandidates store = keyIndex.candidateStore(ctx);
        ctx.insertInto(LINK)
                .set(LINK.RECORD_ID, recordRowId).set(LINK.PERSON_ID, personRowId)
                .set(LINK.MATCH_WEIGHT, matchWeight).set(LINK.PROBABILITY, probability)
                .set(LINK.LINK_TYPE, type.name()).set(LINK.DECISION, decision.name())
                .set(LINK.MODEL_VERSION, modelVersion).set(LINK.CREATED_AT, now)
                .execute();
        if (store != null) {
            store.stageLink(recordRowId, personRowId);
        }
    }

    /** Points the record's link at a person with a new automatic decision. */
    public void relink(DSLContext ctx, long linkId, long personRowId, Double matchWeight, Double probability,
                       Decision decision, String modelVersion, LocalDateTime now) {
        MemoryCandidates store = keyIndex.candidateStore(ctx);
        ctx.update(LINK)
                .set(LINK.PERSON_ID, personRowId).set(LINK.MATCH_WEIGHT, matchWeight).set(LINK.PROBABILITY, probability)
                .set(LINK.DECISION, decision.name()).set(LINK.MODEL_VERSION, modelVersion).set(LINK.CREATED_AT, now)
                .where(LINK.ID.eq(linkId))
                .execute();
        if (store != null) {
            store.stageLink(ctx.select(LINK.RECORD_ID).from(LINK).where(LINK.ID.eq(linkId)).fetchOne(LINK.RECORD_ID),
                    personRowId);
        }
    }

    private static StoredLink toStored(LinkRecord r) {
        return new StoredLink(r.getId(), r.getRecordId(), r.getPersonId(), r.getMatchWeight(), r.getProbability(),
                LinkType.valueOf(r.getLinkType()), Decision.valueOf(r.getDecision()), r.getModelVersion(), r.getCreatedAt());
    }
}

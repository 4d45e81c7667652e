package io.primaryinterop.mpi.service.store;

import static io.primaryinterop.mpi.service.store.jooq.Tables.BLOCKING_KEY;
import static io.primaryinterop.mpi.service.store.jooq.Tables.LINK;
import static io.primaryinterop.mpi.service.store.jooq.Tables.PERSON;
import static io.primaryinterop.mpi.service.store.jooq.Tables.SOURCE_RECORD;

import io.primaryinterop.mpi.service.engine.BlockingKey;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep3;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.impl.DSL;

/** The persistent blocking-key index (key hash -> record) and the candidate lookup over it. */
@Singleton
public final class KeyIndexRepository {

    /** Replaces the record's keys with {@code keys}. */
    public void replaceKeys(DSLContext ctx, long recordRowId, List<BlockingKey> keys) {
        ctx.deleteFrom(BLOCKING_KEY).where(BLOCKING_KEY.RECORD_ID.eq(recordRowId)).execute();
        insertKeys(ctx, recordRowId, keys);
    }

    public void insertKeys(DSLContext ctx, long recordRowId, List<BlockingKey> keys) {
        if (keys.isEmpty()) {
            return;
        }
        InsertValuesStep3<?, Long, Long, Short> insert =
                ctx.insertInto(BLOCKING_KEY, BLOCKING_KEY.KEY_HASH, BLOCKING_KEY.RECORD_ID, BLOCKING_KEY.RULE_NO);
        Set<Long> seen = new LinkedHashSet<>();
        for (BlockingKey key : keys) {
            // Two rules can hash to one key only by collision; the primary key (hash, record) needs them once.
            if (seen.add(key.hash())) {
                insert = insert.values(key.hash(), recordRowId, (short) key.ruleNo());
            }
        }
        insert.execute();
    }

    /**
     * Row ids of records sharing at least one key, at most {@code perKeyLimit} per key (a huge block
     * is a blocking-rule problem; capping it keeps ingest time bounded).
     */
    public Set<Long> candidateRecordIds(DSLContext ctx, Collection<BlockingKey> keys, int perKeyLimit) {
        Set<Long> ids = new LinkedHashSet<>();
        if (keys.isEmpty()) {
            return ids;
        }
        Select<Record1<Long>> union = null;
        for (long hash : keys.stream().mapToLong(BlockingKey::hash).distinct().toArray()) {
            Select<Record1<Long>> one = DSL.select(BLOCKING_KEY.RECORD_ID).from(BLOCKING_KEY)
                    .where(BLOCKING_KEY.KEY_HASH.eq(hash)).limit(perKeyLimit);
            union = union == null ? one : union.unionAll(one);
        }
        ids.addAll(ctx.fetch(union).getValues(0, Long.class));
        return ids;
    }

    /** The given records with their current link to an active person. */
    public List<CandidateRecord> candidateRecords(DSLContext ctx, Collection<Long> recordRowIds) {
        List<CandidateRecord> result = new ArrayList<>(recordRowIds.size());
        if (recordRowIds.isEmpty()) {
            return result;
        }
        ctx.select(SOURCE_RECORD.asterisk(), LINK.PERSON_ID, PERSON.ENTERPRISE_ID)
                .from(SOURCE_RECORD)
                .join(LINK).on(LINK.RECORD_ID.eq(SOURCE_RECORD.ID))
                .join(PERSON).on(PERSON.ID.eq(LINK.PERSON_ID))
                .where(SOURCE_RECORD.ID.in(recordRowIds).and(PERSON.STATUS.eq(StoredPerson.ACTIVE)))
                .forEach(r -> result.add(new CandidateRecord(r.get(SOURCE_RECORD.ID), r.get(LINK.PERSON_ID),
                        r.get(PERSON.ENTERPRISE_ID), RecordRepository.fieldsOf(r))));
        return result;
    }
}

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
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStep3;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.Table;
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
     * Records sharing at least one key with {@code keys} (at most {@code perKeyLimit} per key: a huge block
     * is a blocking-rule problem; capping it keeps ingest time bounded), with their current link to an active
     * person, in one statement: blocking_key -> link -> person, source_record. {@code excludeRecordRowId}
     * (or null) is left out.
     */
    public List<CandidateRecord> candidates(DSLContext ctx, Collection<BlockingKey> keys, int perKeyLimit,
                                            Long excludeRecordRowId) {
        List<CandidateRecord> result = new ArrayList<>();
        long[] hashes = keys.stream().mapToLong(BlockingKey::hash).distinct().toArray();
        if (hashes.length == 0) {
            return result;
        }
        Select<Record1<Long>> union = null;
        for (long hash : hashes) {
            Select<Record1<Long>> one = DSL.select(BLOCKING_KEY.RECORD_ID.as("rid")).from(BLOCKING_KEY)
                    .where(BLOCKING_KEY.KEY_HASH.eq(hash)).limit(perKeyLimit);
            union = union == null ? one : union.union(one);
        }
        Table<Record1<Long>> ids = union.asTable("k");
        Field<Long> rid = ids.field("rid", Long.class);
        Condition where = PERSON.STATUS.eq(StoredPerson.ACTIVE);
        if (excludeRecordRowId != null) {
            // Nor a person holding a record a steward declared not to match this one (NO_MATCH).
            where = where.and(rid.ne(excludeRecordRowId))
                    .and(LINK.PERSON_ID.notIn(NoMatchRepository.personsKeptApartFrom(excludeRecordRowId)));
        }
        // Only what scoring needs: the raw payload (a LOB on H2 when over 256 bytes) and the bookkeeping
        // columns stay unread.
        List<Field<?>> columns = new ArrayList<>(RecordRepository.IDENTITY_AND_DEMOGRAPHICS);
        columns.add(LINK.PERSON_ID);
        columns.add(PERSON.ENTERPRISE_ID);
        ctx.select(columns)
                .from(ids)
                .join(SOURCE_RECORD).on(SOURCE_RECORD.ID.eq(rid))
                .join(LINK).on(LINK.RECORD_ID.eq(rid))
                .join(PERSON).on(PERSON.ID.eq(LINK.PERSON_ID))
                .where(where)
                .forEach(r -> result.add(new CandidateRecord(r.get(SOURCE_RECORD.ID), r.get(LINK.PERSON_ID),
                        r.get(PERSON.ENTERPRISE_ID), RecordRepository.fieldsOf(r))));
        return result;
    }
}

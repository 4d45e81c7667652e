package io.primaryinterop.mpi.service.store;

import static io.primaryinterop.mpi.service.store.jooq.Tables.BLOCKING_KEY;
import static io.primaryinterop.mpi.service.store.jooq.Tables.LINK;
import static io.primaryinterop.mpi.service.store.jooq.Tables.PERSON;
import static io.primaryinterop.mpi.service.store.jooq.Tables.SOURCE_RECORD;

import io.primaryinterop.mpi.service.config.MpiConfiguration;
import io.primaryinterop.mpi.service.engine.BlockingKey;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
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

/**
 * The persistent blocking-key index (key hash -> record) and the candidate lookup over it. On an embedded H2
 * store the keys ({@link MemoryKeyIndex}) and the candidates' records, links and persons
 * ({@link MemoryCandidates}) are also held in memory, read on first use, and a lookup reads no table; elsewhere
 * (MariaDB, H2 server, or {@code mpi.candidates-in-memory=false}), and for a transaction that has written
 * already or an update that must leave out NO_MATCH persons, one statement joins the tables.
 */
@Singleton
public final class KeyIndexRepository {

    private final boolean inMemory;
    /** Both in-memory copies, read together and replaced together (null: not read yet). */
    private volatile Copies copies;

    private record Copies(MemoryKeyIndex keys, MemoryCandidates candidates) {
    }

    public KeyIndexRepository(DSLContext dsl, MpiConfiguration configuration) {
        this.inMemory = configuration.candidatesInMemory() && KeyLockRepository.isEmbedded(dsl);
    }

    /** Replaces the record's keys with {@code keys}. */
    public void replaceKeys(DSLContext ctx, long recordRowId, List<BlockingKey> keys) {
        MemoryKeyIndex copy = inMemory ? memory(ctx) : null;
        long[] removed = inMemory
                ? ctx.select(BLOCKING_KEY.KEY_HASH).from(BLOCKING_KEY).where(BLOCKING_KEY.RECORD_ID.eq(recordRowId))
                        .fetch(BLOCKING_KEY.KEY_HASH).stream().mapToLong(Long::longValue).toArray()
                : null;
        ctx.deleteFrom(BLOCKING_KEY).where(BLOCKING_KEY.RECORD_ID.eq(recordRowId)).execute();
        long[] added = writeKeys(ctx, recordRowId, keys);
        if (copy != null) {
            copy.stage(recordRowId, removed, added);
        }
    }

    public void insertKeys(DSLContext ctx, long recordRowId, List<BlockingKey> keys) {
        MemoryKeyIndex copy = inMemory ? memory(ctx) : null;
        long[] added = writeKeys(ctx, recordRowId, keys);
        if (copy != null) {
            copy.stage(recordRowId, new long[0], added);
        }
    }

    /** The bulk loader wrote the table behind the in-memory copy: it is read again on next use. */
    public void reloadOnNextUse() {
        copies = null;
    }

    /** Inserts the record's keys (each hash once) and returns their hashes. */
    private static long[] writeKeys(DSLContext ctx, long recordRowId, List<BlockingKey> keys) {
        long[] hashes = keys.stream().mapToLong(BlockingKey::hash).distinct().toArray();
        if (hashes.length == 0) {
            return hashes;
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
        return hashes;
    }

    /**
     * Records sharing at least one key with {@code keys} (at most {@code perKeyLimit} per key: a huge block
     * is a blocking-rule problem; capping it keeps ingest time bounded), with their current link to an active
     * person, in one statement: blocking_key -> link -> person, source_record (with the index in memory, the
     * statement starts from the record ids instead). {@code excludeRecordRowId} (or null) is left out.
     */
    public List<CandidateRecord> candidates(DSLContext ctx, Collection<BlockingKey> keys, int perKeyLimit,
                                            Long excludeRecordRowId) {
        long[] hashes = keys.stream().mapToLong(BlockingKey::hash).distinct().toArray();
        if (hashes.length == 0) {
            return new ArrayList<>();
        }
        if (inMemory) {
            Copies copy = copies(ctx);
            long[] ids = copy.keys().recordIds(hashes, perKeyLimit);
            if (ids.length == 0) {
                return new ArrayList<>();
            }
            if (excludeRecordRowId == null && !MemoryKeyIndex.stagedActions()) {
                // Nothing written yet in this transaction: the committed copy is what the database would say.
                return copy.candidates().candidates(ids);
            }
            return fetchCandidates(ctx, SOURCE_RECORD, SOURCE_RECORD.ID,
                    SOURCE_RECORD.ID.in(Arrays.stream(ids).boxed().toList()), excludeRecordRowId);
        }
        Select<Record1<Long>> union = null;
        for (long hash : hashes) {
            Select<Record1<Long>> one = DSL.select(BLOCKING_KEY.RECORD_ID.as("rid")).from(BLOCKING_KEY)
                    .where(BLOCKING_KEY.KEY_HASH.eq(hash)).limit(perKeyLimit);
            union = union == null ? one : union.union(one);
        }
        Table<Record1<Long>> ids = union.asTable("k");
        Field<Long> rid = ids.field("rid", Long.class);
        return fetchCandidates(ctx, ids.join(SOURCE_RECORD).on(SOURCE_RECORD.ID.eq(rid)), rid, DSL.noCondition(),
                excludeRecordRowId);
    }

    private static List<CandidateRecord> fetchCandidates(DSLContext ctx, Table<?> records, Field<Long> rid,
                                                         Condition which, Long excludeRecordRowId) {
        Condition where = which.and(PERSON.STATUS.eq(StoredPerson.ACTIVE));
        if (excludeRecordRowId != null) {
            // Nor a person holding a record a steward declared not to match this one (NO_MATCH).
            where = where.and(rid.ne(excludeRecordRowId))
                    .and(LINK.PERSON_ID.notIn(NoMatchRepository.personsKeptApartFrom(excludeRecordRowId)));
        }
        // Only what scoring needs: the raw payload (a LOB on H2) and the bookkeeping columns stay unread.
        List<Field<?>> columns = new ArrayList<>(RecordRepository.IDENTITY_AND_DEMOGRAPHICS);
        columns.add(LINK.PERSON_ID);
        columns.add(PERSON.ENTERPRISE_ID);
        List<CandidateRecord> result = new ArrayList<>();
        ctx.select(columns)
                .from(records)
                .join(LINK).on(LINK.RECORD_ID.eq(rid))
                .join(PERSON).on(PERSON.ID.eq(LINK.PERSON_ID))
                .where(where)
                .forEach(r -> result.add(new CandidateRecord(r.get(SOURCE_RECORD.ID), r.get(LINK.PERSON_ID),
                        r.get(PERSON.ENTERPRISE_ID), RecordRepository.fieldsOf(r))));
        return result;
    }

    /** Reads the in-memory copy now (at service start), if there is one: how many (key, record) pairs it holds, or -1. */
    public int warm(DSLContext ctx) {
        return inMemory ? memory(ctx).size() : -1;
    }

    /**
     * The in-memory copy, read on first use with {@code ctx}'s connection (taken before waiting for another
     * reader, so a full pool cannot deadlock it). Writers call this before writing their keys, so a copy first
     * read inside their transaction does not hold them yet.
     */
    private MemoryKeyIndex memory(DSLContext ctx) {
        return copies(ctx).keys();
    }

    private Copies copies(DSLContext ctx) {
        Copies loaded = copies;
        return loaded != null ? loaded : ctx.connectionResult(connection -> loadOnce(DSL.using(connection, ctx.dialect())));
    }

    private synchronized Copies loadOnce(DSLContext connection) {
        if (copies == null) {
            copies = new Copies(MemoryKeyIndex.load(connection), MemoryCandidates.load(connection));
        }
        return copies;
    }

    /** The in-memory candidate data (read on first use), or null when the store is not embedded H2. */
    MemoryCandidates candidateStore(DSLContext ctx) {
        if (!inMemory) {
            return null;
        }
        return copies(ctx).candidates();
    }
}

package io.primaryinterop.mpi.service.store;

import static io.primaryinterop.mpi.service.store.jooq.Tables.BLOCKING_KEY;
import static io.primaryinterop.mpi.service.store.jooq.Tables.LINK;
import static io.primaryinterop.mpi.service.store.jooq.Tables.PERSON;
import static io.primaryinterop.mpi.service.store.jooq.Tables.SOURCE_RECORD;

import io.primaryinterop.mpi.service.domain.Decision;
import io.primaryinterop.mpi.service.domain.RecordFields;
import io.primaryinterop.mpi.service.engine.BlockingKey;
import io.primaryinterop.mpi.service.store.StoredLink.LinkType;
import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStepN;
import org.jooq.SQLDialect;
import org.jooq.Table;

/**
 * Multi-row inserts for the bulk path. Row ids are assigned by the loader (the store must hold no
 * records yet), so records, persons, links and keys can be written in one pass without reading ids back.
 */
@Singleton
public final class BulkLoadRepository {

    /** A record to write, with its person (an index into the persons of the same call) and its key hashes. */
    public record BulkRecord(long id, RecordFields fields, String rawPayload, String payloadHash, long personId,
                             Decision decision, Double matchWeight, Double probability, List<BlockingKey> keys) {
    }

    /** A person to write. */
    public record BulkPerson(long id, List<String> golden) {
    }

    public int recordCount(DSLContext ctx) {
        return ctx.fetchCount(SOURCE_RECORD);
    }

    /** The next free row ids (persons, records) — past anything already stored. */
    public long[] nextIds(DSLContext ctx) {
        Long person = ctx.select(org.jooq.impl.DSL.max(PERSON.ID)).from(PERSON).fetchOne().value1();
        Long record = ctx.select(org.jooq.impl.DSL.max(SOURCE_RECORD.ID)).from(SOURCE_RECORD).fetchOne().value1();
        return new long[] {person == null ? 1 : person + 1, record == null ? 1 : record + 1};
    }

    public void insertPersons(DSLContext ctx, List<BulkPerson> persons, LocalDateTime now) {
        List<Field<?>> fields = new ArrayList<>(List.of(PERSON.ID, PERSON.ENTERPRISE_ID, PERSON.STATUS, PERSON.CREATED_AT,
                PERSON.UPDATED_AT, PERSON.VERSION, PERSON.FAMILY_KEY, PERSON.GIVEN_KEY));
        fields.addAll(List.of(PersonRepository.demographicColumns()));
        InsertValuesStepN<?> insert = ctx.insertInto(PERSON, fields);
        for (BulkPerson p : persons) {
            List<Object> values = new ArrayList<>(fields.size());
            values.addAll(List.of(p.id(), UUID.randomUUID().toString(), StoredPerson.ACTIVE, now, now, 1));
            values.add(PersonRepository.searchKey(p.golden().get(2)));
            values.add(PersonRepository.searchKey(p.golden().get(0)));
            values.addAll(p.golden());
            insert = insert.values(values);
        }
        insert.execute();
    }

    public void insertRecords(DSLContext ctx, List<BulkRecord> records, String modelVersion, LocalDateTime now) {
        List<Field<?>> fields = new ArrayList<>(List.of(SOURCE_RECORD.ID, SOURCE_RECORD.SOURCE, SOURCE_RECORD.RECORD_ID,
                SOURCE_RECORD.RAW_PAYLOAD, SOURCE_RECORD.PAYLOAD_HASH, SOURCE_RECORD.CREATED_AT, SOURCE_RECORD.UPDATED_AT,
                SOURCE_RECORD.VERSION));
        fields.addAll(RecordRepository.DEMOGRAPHICS);
        InsertValuesStepN<?> insertRecords = ctx.insertInto(SOURCE_RECORD, fields);
        var insertLinks = ctx.insertInto(LINK, LINK.RECORD_ID, LINK.PERSON_ID, LINK.MATCH_WEIGHT, LINK.PROBABILITY,
                LINK.LINK_TYPE, LINK.DECISION, LINK.MODEL_VERSION, LINK.CREATED_AT);
        var insertKeys = ctx.insertInto(BLOCKING_KEY, BLOCKING_KEY.KEY_HASH, BLOCKING_KEY.RECORD_ID, BLOCKING_KEY.RULE_NO);
        boolean anyKey = false;
        for (BulkRecord r : records) {
            List<Object> values = new ArrayList<>(fields.size());
            values.addAll(List.of(r.id(), r.fields().source(), r.fields().recordId(), r.rawPayload(), r.payloadHash(),
                    now, now, 1));
            values.addAll(r.fields().demographics());
            insertRecords = insertRecords.values(values);
            insertLinks = insertLinks.values(r.id(), r.personId(), r.matchWeight(), r.probability(), LinkType.AUTO.name(),
                    r.decision().name(), modelVersion, now);
            long previous = 0;
            boolean first = true;
            for (BlockingKey key : r.keys().stream().sorted(java.util.Comparator.comparingLong(BlockingKey::hash)).toList()) {
                if (first || key.hash() != previous) {
                    insertKeys = insertKeys.values(key.hash(), r.id(), (short) key.ruleNo());
                    anyKey = true;
                }
                previous = key.hash();
                first = false;
            }
        }
        insertRecords.execute();
        insertLinks.execute();
        if (anyKey) {
            insertKeys.execute();
        }
    }

    /** H2 does not move an identity past explicitly inserted ids (MariaDB's AUTO_INCREMENT does); later inserts must not collide. */
    public void advanceIdentities(DSLContext ctx, long nextPersonId, long nextRecordId) {
        if (ctx.dialect() != SQLDialect.H2) {
            return;
        }
        restart(ctx, PERSON, nextPersonId);
        restart(ctx, SOURCE_RECORD, nextRecordId);
        Long link = ctx.select(org.jooq.impl.DSL.max(LINK.ID)).from(LINK).fetchOne().value1();
        restart(ctx, LINK, link == null ? 1 : link + 1);
    }

    private static void restart(DSLContext ctx, Table<?> table, long next) {
        ctx.execute("ALTER TABLE " + table.getName() + " ALTER COLUMN id RESTART WITH " + next);
    }
}

package io.primaryinterop.mpi.service.store;

import static io.primaryinterop.mpi.service.store.jooq.Tables.BLOCKING_KEY;
import static io.primaryinterop.mpi.service.store.jooq.Tables.LINK;
import static io.primaryinterop.mpi.service.store.jooq.Tables.PERSON;
import static io.primaryinterop.mpi.service.store.jooq.Tables.SOURCE_RECORD;

import io.primaryinterop.mpi.service.domain.Decision;
import io.primaryinterop.mpi.service.domain.RecordFields;
import io.primaryinterop.mpi.service.store.StoredLink.LinkType;
import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import io.primaryinterop.mpi.service.store.jooq.Indexes;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;

/**
 * Multi-row inserts for the bulk path. Row ids are assigned by the loader (the store must hold no
 * records yet), so records, persons, links and keys can be written in one pass without reading ids back.
 * The key index is written last, in key order, with its record-id index dropped meanwhile and built
 * once at the end: B-tree inserts then append instead of landing on random pages.
 */
@Singleton
public final class BulkLoadRepository {

    private final KeyIndexRepository keyIndex;

    public BulkLoadRepository(KeyIndexRepository keyIndex) {
        this.keyIndex = keyIndex;
    }

    /** A record to write, with its person's row id and its link's decision and score. */
    public record BulkRecord(long id, RecordFields fields, String rawPayload, String payloadHash, long personId,
                             Decision decision, Double matchWeight, Double probability) {
    }

    /** A person to write. */
    public record BulkPerson(long id, String enterpriseId, List<String> golden) {
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
        MultiRowInsert.execute(ctx, PERSON, fields, persons.size(), (row, values) -> {
            BulkPerson p = persons.get(row);
            values[0] = p.id();
            values[1] = p.enterpriseId();
            values[2] = StoredPerson.ACTIVE;
            values[3] = now;
            values[4] = now;
            values[5] = 1;
            values[6] = PersonRepository.searchKey(p.golden().get(2));
            values[7] = PersonRepository.searchKey(p.golden().get(0));
            for (int i = 0; i < p.golden().size(); i++) {
                values[8 + i] = p.golden().get(i);
            }
        });
    }

    /** The records and their links: two multi-row inserts. */
    public void insertRecords(DSLContext ctx, List<BulkRecord> records, String modelVersion, LocalDateTime now) {
        List<Field<?>> fields = new ArrayList<>(List.of(SOURCE_RECORD.ID, SOURCE_RECORD.SOURCE, SOURCE_RECORD.RECORD_ID,
                SOURCE_RECORD.RAW_PAYLOAD, SOURCE_RECORD.PAYLOAD_HASH, SOURCE_RECORD.CREATED_AT, SOURCE_RECORD.UPDATED_AT,
                SOURCE_RECORD.VERSION));
        fields.addAll(RecordRepository.DEMOGRAPHICS);
        MultiRowInsert.execute(ctx, SOURCE_RECORD, fields, records.size(), (row, values) -> {
            BulkRecord r = records.get(row);
            values[0] = r.id();
            values[1] = r.fields().source();
            values[2] = r.fields().recordId();
            values[3] = r.rawPayload();
            values[4] = r.payloadHash();
            values[5] = now;
            values[6] = now;
            values[7] = 1;
            List<String> demographics = r.fields().demographics();
            for (int i = 0; i < demographics.size(); i++) {
                values[8 + i] = demographics.get(i);
            }
        });
        MultiRowInsert.execute(ctx, LINK, List.of(LINK.RECORD_ID, LINK.PERSON_ID, LINK.MATCH_WEIGHT, LINK.PROBABILITY,
                LINK.LINK_TYPE, LINK.DECISION, LINK.MODEL_VERSION, LINK.CREATED_AT), records.size(), (row, values) -> {
                    BulkRecord r = records.get(row);
                    values[0] = r.id();
                    values[1] = r.personId();
                    values[2] = r.matchWeight();
                    values[3] = r.probability();
                    values[4] = LinkType.AUTO.name();
                    values[5] = r.decision().name();
                    values[6] = modelVersion;
                    values[7] = now;
                });
    }

    /** Key index rows {@code from..to} (exclusive) of the given columns, in the order given: one multi-row insert. */
    public void insertKeys(DSLContext ctx, long[] keyHashes, long[] recordIds, short[] ruleNos, int[] order, int from, int to) {
        keyIndex.reloadOnNextUse();
        MultiRowInsert.execute(ctx, BLOCKING_KEY, List.of(BLOCKING_KEY.KEY_HASH, BLOCKING_KEY.RECORD_ID, BLOCKING_KEY.RULE_NO),
                to - from, (row, values) -> {
                    int k = order[from + row];
                    values[0] = keyHashes[k];
                    values[1] = recordIds[k];
                    values[2] = ruleNos[k];
                });
    }

    /** Drops the key index's record-id index for the load ({@link #restoreKeyRecordIndex} builds it again). */
    public void dropKeyRecordIndex(DSLContext ctx) {
        ctx.dropIndexIfExists(Indexes.IX_BLOCKING_KEY_RECORD.getName()).on(BLOCKING_KEY).execute();
    }

    /** Builds the key index's record-id index (if absent), in one pass over the loaded keys. */
    public void restoreKeyRecordIndex(DSLContext ctx) {
        ctx.createIndexIfNotExists(Indexes.IX_BLOCKING_KEY_RECORD.getName()).on(BLOCKING_KEY, BLOCKING_KEY.RECORD_ID)
                .execute();
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

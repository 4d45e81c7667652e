package io.primaryinterop.mpi.service.store;

import static io.primaryinterop.mpi.service.store.jooq.Tables.LINK;
import static io.primaryinterop.mpi.service.store.jooq.Tables.SOURCE_RECORD;

import io.primaryinterop.mpi.service.domain.RecordFields;
import io.primaryinterop.mpi.service.store.jooq.tables.records.SourceRecordRecord;
import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;

/** Source records: unique by (source, recordId), never deleted by matching. */
@Singleton
public final class RecordRepository {

    private final KeyIndexRepository keyIndex;

    public RecordRepository(KeyIndexRepository keyIndex) {
        this.keyIndex = keyIndex;
    }

    /** The demographic columns in {@link RecordFields#demographics()} order. */
    static final List<Field<String>> DEMOGRAPHICS = List.of(SOURCE_RECORD.GIVEN_NAME, SOURCE_RECORD.MIDDLE_NAME,
            SOURCE_RECORD.FAMILY_NAME, SOURCE_RECORD.SEX, SOURCE_RECORD.BIRTH_DATE, SOURCE_RECORD.ADDRESS_LINE,
            SOURCE_RECORD.CITY, SOURCE_RECORD.STATE, SOURCE_RECORD.POSTAL_CODE, SOURCE_RECORD.COUNTRY,
            SOURCE_RECORD.PHONE, SOURCE_RECORD.EMAIL, SOURCE_RECORD.NATIONAL_ID);

    /** The row id, (source, record id) and the demographics: what {@link #fieldsOf} reads. */
    static final List<Field<?>> IDENTITY_AND_DEMOGRAPHICS = identityAndDemographics();

    public Optional<StoredRecord> find(DSLContext ctx, String source, String recordId) {
        return ctx.selectFrom(SOURCE_RECORD)
                .where(SOURCE_RECORD.SOURCE.eq(source).and(SOURCE_RECORD.RECORD_ID.eq(recordId)))
                .fetchOptional(RecordRepository::toStored);
    }

    /** Whether any record comes from {@code source} (a known identifier domain); uses the (source, record_id) index. */
    public boolean sourceExists(DSLContext ctx, String source) {
        return ctx.fetchExists(ctx.selectOne().from(SOURCE_RECORD).where(SOURCE_RECORD.SOURCE.eq(source)));
    }

    public List<StoredRecord> byIds(DSLContext ctx, Collection<Long> ids) {
        return ctx.selectFrom(SOURCE_RECORD).where(SOURCE_RECORD.ID.in(ids)).orderBy(SOURCE_RECORD.ID)
                .fetch(RecordRepository::toStored);
    }

    /** The records currently linked to a person, oldest first (updated, then row id): the golden record's input. */
    public List<StoredRecord> byPerson(DSLContext ctx, long personRowId) {
        return ctx.select(SOURCE_RECORD.asterisk()).from(SOURCE_RECORD)
                .join(LINK).on(LINK.RECORD_ID.eq(SOURCE_RECORD.ID))
                .where(LINK.PERSON_ID.eq(personRowId))
                .orderBy(SOURCE_RECORD.UPDATED_AT, SOURCE_RECORD.ID)
                .fetch(r -> toStored(r.into(SOURCE_RECORD)));
    }

    public long insert(DSLContext ctx, RecordFields fields, String rawPayload, String payloadHash, LocalDateTime now) {
        MemoryCandidates store = keyIndex.candidateStore(ctx);
        SourceRecordRecord row = ctx.newRecord(SOURCE_RECORD);
        row.setSource(fields.source());
        row.setRecordId(fields.recordId());
        setDemographics(row, fields);
        row.setRawPayload(rawPayload);
        row.setPayloadHash(payloadHash);
        row.setCreatedAt(now);
        row.setUpdatedAt(now);
        row.setVersion(1);
        row.store();
        if (store != null) {
            store.stageRecord(row.getId(), fields);
        }
        return row.getId();
    }

    public void update(DSLContext ctx, long id, RecordFields fields, String rawPayload, String payloadHash, LocalDateTime now) {
        MemoryCandidates store = keyIndex.candidateStore(ctx);
        SourceRecordRecord row = ctx.newRecord(SOURCE_RECORD);
        setDemographics(row, fields);
        row.setRawPayload(rawPayload);
        row.setPayloadHash(payloadHash);
        row.setUpdatedAt(now);
        ctx.update(SOURCE_RECORD).set(row).set(SOURCE_RECORD.VERSION, SOURCE_RECORD.VERSION.plus(1))
                .where(SOURCE_RECORD.ID.eq(id)).execute();
        if (store != null) {
            store.stageRecord(id, fields);
        }
    }

    private static void setDemographics(Record row, RecordFields fields) {
        List<String> values = fields.demographics();
        for (int i = 0; i < DEMOGRAPHICS.size(); i++) {
            row.set(DEMOGRAPHICS.get(i), values.get(i));
        }
    }

    private static List<Field<?>> identityAndDemographics() {
        List<Field<?>> columns = new ArrayList<>(List.of(SOURCE_RECORD.ID, SOURCE_RECORD.SOURCE, SOURCE_RECORD.RECORD_ID));
        columns.addAll(DEMOGRAPHICS);
        return List.copyOf(columns);
    }

    static RecordFields fieldsOf(Record row) {
        List<String> values = new ArrayList<>(DEMOGRAPHICS.size());
        for (Field<String> f : DEMOGRAPHICS) {
            values.add(row.get(f));
        }
        return RecordFields.of(row.get(SOURCE_RECORD.SOURCE), row.get(SOURCE_RECORD.RECORD_ID), values);
    }

    static StoredRecord toStored(SourceRecordRecord r) {
        return new StoredRecord(r.getId(), fieldsOf(r), r.getRawPayload(), r.getPayloadHash(), r.getVersion(),
                r.getCreatedAt(), r.getUpdatedAt());
    }
}

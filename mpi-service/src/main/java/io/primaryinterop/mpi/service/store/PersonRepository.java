package io.primaryinterop.mpi.service.store;

import static io.primaryinterop.mpi.service.store.jooq.Tables.PERSON;

import io.primaryinterop.mpi.service.domain.RecordFields;
import io.primaryinterop.mpi.service.store.jooq.tables.records.PersonRecord;
import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Persons: enterprise id, status and golden record. */
@Singleton
public final class PersonRepository {

    private final KeyIndexRepository keyIndex;

    public PersonRepository(KeyIndexRepository keyIndex) {
        this.keyIndex = keyIndex;
    }

    private static final List<Field<String>> DEMOGRAPHICS = List.of(PERSON.GIVEN_NAME, PERSON.MIDDLE_NAME,
            PERSON.FAMILY_NAME, PERSON.SEX, PERSON.BIRTH_DATE, PERSON.ADDRESS_LINE, PERSON.CITY, PERSON.STATE,
            PERSON.POSTAL_CODE, PERSON.COUNTRY, PERSON.PHONE, PERSON.EMAIL, PERSON.NATIONAL_ID);

    /** A new active person with an empty golden record. */
    public StoredPerson insert(DSLContext ctx, LocalDateTime now) {
        return insert(ctx, java.util.Collections.nCopies(DEMOGRAPHICS.size(), null), now);
    }

    /** A new active person with its golden record (in {@link RecordFields#demographics()} order): one statement. */
    public StoredPerson insert(DSLContext ctx, List<String> golden, LocalDateTime now) {
        return insert(ctx, golden, null, now);
    }

    /** As {@link #insert(DSLContext, List, LocalDateTime)}, with the golden fields' provenance (JSON, see GoldenRecords). */
    public StoredPerson insert(DSLContext ctx, List<String> golden, String goldenProvenance, LocalDateTime now) {
        MemoryCandidates store = keyIndex.candidateStore(ctx);
        PersonRecord row = ctx.newRecord(PERSON);
        row.setGoldenProvenance(goldenProvenance);
        for (int i = 0; i < DEMOGRAPHICS.size(); i++) {
            row.set(DEMOGRAPHICS.get(i), golden.get(i));
        }
        row.setFamilyKey(searchKey(golden.get(2)));
        row.setGivenKey(searchKey(golden.get(0)));
        row.setEnterpriseId(UUID.randomUUID().toString());
        row.setStatus(StoredPerson.ACTIVE);
        row.setCreatedAt(now);
        row.setUpdatedAt(now);
        row.setVersion(1);
        row.store();
        if (store != null) {
            store.stagePerson(row.getId(), row.getEnterpriseId(), StoredPerson.ACTIVE);
        }
        return toStored(row);
    }

    public Optional<StoredPerson> byEnterpriseId(DSLContext ctx, String enterpriseId) {
        return ctx.selectFrom(PERSON).where(PERSON.ENTERPRISE_ID.eq(enterpriseId)).fetchOptional(PersonRepository::toStored);
    }

    public Optional<StoredPerson> byId(DSLContext ctx, long id) {
        return ctx.selectFrom(PERSON).where(PERSON.ID.eq(id)).fetchOptional(PersonRepository::toStored);
    }

    /** Replaces the golden record (demographics in {@link RecordFields#demographics()} order). */
    public void updateGolden(DSLContext ctx, long id, List<String> golden, LocalDateTime now) {
        PersonRecord row = ctx.newRecord(PERSON);
        for (int i = 0; i < DEMOGRAPHICS.size(); i++) {
            row.set(DEMOGRAPHICS.get(i), golden.get(i));
        }
        row.setFamilyKey(searchKey(golden.get(2)));
        row.setGivenKey(searchKey(golden.get(0)));
        row.setUpdatedAt(now);
        ctx.update(PERSON).set(row).set(PERSON.VERSION, PERSON.VERSION.plus(1)).where(PERSON.ID.eq(id)).execute();
    }

    public void updateStatus(DSLContext ctx, long id, String status, LocalDateTime now) {
        MemoryCandidates store = keyIndex.candidateStore(ctx);
        ctx.update(PERSON).set(PERSON.STATUS, status).set(PERSON.UPDATED_AT, now)
                .set(PERSON.VERSION, PERSON.VERSION.plus(1)).where(PERSON.ID.eq(id)).execute();
        if (store != null) {
            store.stageStatus(id, status);
        }
    }

    /** Active persons whose golden family name (and, if given, given name and birth date) equal the query, case-blind. */
    public List<StoredPerson> search(DSLContext ctx, String familyName, String givenName, String birthDate, int limit) {
        Condition where = PERSON.STATUS.eq(StoredPerson.ACTIVE).and(PERSON.FAMILY_KEY.eq(searchKey(familyName)));
        if (givenName != null && !givenName.isBlank()) {
            where = where.and(PERSON.GIVEN_KEY.eq(searchKey(givenName)));
        }
        if (birthDate != null && !birthDate.isBlank()) {
            where = where.and(PERSON.BIRTH_DATE.eq(birthDate.trim()));
        }
        return ctx.selectFrom(PERSON).where(where).orderBy(PERSON.ID).limit(limit).fetch(PersonRepository::toStored);
    }

    static String searchKey(String name) {
        return name == null || name.isBlank() ? null : name.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    static Field<String>[] demographicColumns() {
        @SuppressWarnings("unchecked")
        Field<String>[] columns = DEMOGRAPHICS.toArray(new Field[0]);
        return columns;
    }

    static StoredPerson toStored(PersonRecord r) {
        List<String> golden = new ArrayList<>(DEMOGRAPHICS.size());
        for (Field<String> f : DEMOGRAPHICS) {
            golden.add(r.get(f));
        }
        return new StoredPerson(r.getId(), r.getEnterpriseId(), r.getStatus(), r.getMergedInto(),
                RecordFields.of(null, null, golden), r.getVersion(), r.getCreatedAt(), r.getUpdatedAt());
    }

    static Condition active() {
        return PERSON.STATUS.eq(DSL.inline(StoredPerson.ACTIVE));
    }
}

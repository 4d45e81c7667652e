package io.primaryinterop.mpi.service.store;

import static io.primaryinterop.mpi.service.store.jooq.Tables.PERSON;

import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.UpdateSetMoreStep;

/** A person's golden record with its provenance (JSON of record identities and rules, no values). */
@Singleton
public final class GoldenRecordRepository {

    /** Replaces golden values, search keys and provenance in one statement. */
    public void write(DSLContext ctx, long personRowId, List<String> golden, String provenanceJson, LocalDateTime now) {
        Field<String>[] columns = PersonRepository.demographicColumns();
        UpdateSetMoreStep<?> update = ctx.update(PERSON).set(PERSON.GOLDEN_PROVENANCE, provenanceJson);
        for (int i = 0; i < columns.length; i++) {
            update = update.set(columns[i], golden.get(i));
        }
        update.set(PERSON.FAMILY_KEY, PersonRepository.searchKey(golden.get(2)))
                .set(PERSON.GIVEN_KEY, PersonRepository.searchKey(golden.get(0)))
                .set(PERSON.UPDATED_AT, now).set(PERSON.VERSION, PERSON.VERSION.plus(1))
                .where(PERSON.ID.eq(personRowId)).execute();
    }

    public Optional<String> provenanceJson(DSLContext ctx, long personRowId) {
        return ctx.select(PERSON.GOLDEN_PROVENANCE).from(PERSON).where(PERSON.ID.eq(personRowId))
                .fetchOptional(PERSON.GOLDEN_PROVENANCE);
    }
}

package io.primaryinterop.mpi.service.store;

import static io.primaryinterop.mpi.service.store.jooq.Tables.LINK;
import static io.primaryinterop.mpi.service.store.jooq.Tables.PERSON;
import static io.primaryinterop.mpi.service.store.jooq.Tables.SOURCE_RECORD;

import io.primaryinterop.mpi.service.domain.RecordFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * What scoring needs of each candidate, held in memory for an embedded H2 store beside the key index
 * ({@link MemoryKeyIndex}): each record's fields, its person, and each person's enterprise id and status, in
 * arrays by row id. A candidate lookup then reads no page of H2's cache (on a store of a million records those
 * pages were most of an ingest's CPU and what G1 had to copy). Every writer of these columns stages its change
 * here ({@link RecordRepository}, {@link LinkRepository}, {@link StewardLinkRepository}, {@link PersonRepository},
 * {@link MergeRepository}); it is applied when {@link Transactions} has committed, as the keys are. A
 * transaction that has written some of them reads candidates from the tables instead (it must see its own
 * writes), and so does a bulk load's next reader ({@link KeyIndexRepository#reloadOnNextUse}).
 */
final class MemoryCandidates {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private String[][] fields = new String[1024][];
    private long[] personOfRecord = new long[1024];
    private String[] enterpriseIds = new String[1024];
    private boolean[] active = new boolean[1024];

    static MemoryCandidates load(DSLContext ctx) {
        MemoryCandidates store = new MemoryCandidates();
        List<org.jooq.Field<?>> columns = RecordRepository.IDENTITY_AND_DEMOGRAPHICS;
        try (Cursor<Record> rows = ctx.select(columns).from(SOURCE_RECORD).fetchSize(10_000).fetchLazy()) {
            for (Record row : rows) {
                store.putRecord(row.get(SOURCE_RECORD.ID), RecordRepository.fieldsOf(row));
            }
        }
        try (Cursor<?> rows = ctx.select(LINK.RECORD_ID, LINK.PERSON_ID).from(LINK).fetchSize(10_000).fetchLazy()) {
            for (Record row : rows) {
                store.putLink(row.get(LINK.RECORD_ID), row.get(LINK.PERSON_ID));
            }
        }
        try (Cursor<?> rows = ctx.select(PERSON.ID, PERSON.ENTERPRISE_ID, PERSON.STATUS).from(PERSON).fetchSize(10_000)
                .fetchLazy()) {
            for (Record row : rows) {
                store.putPerson(row.get(PERSON.ID), row.get(PERSON.ENTERPRISE_ID), row.get(PERSON.STATUS));
            }
        }
        return store;
    }

    /** The candidates among {@code recordIds} linked to an active person. */
    List<CandidateRecord> candidates(long[] recordIds) {
        List<CandidateRecord> result = new ArrayList<>(recordIds.length);
        lock.readLock().lock();
        try {
            for (long id : recordIds) {
                int r = (int) id;
                if (r >= fields.length || fields[r] == null) {
                    continue;
                }
                long person = personOfRecord[r];
                if (person == 0 || person >= active.length || !active[(int) person]) {
                    continue;
                }
                String[] f = fields[r];
                result.add(new CandidateRecord(id, person, enterpriseIds[(int) person],
                        RecordFields.of(f[0], f[1], Arrays.asList(f).subList(2, f.length))));
            }
        } finally {
            lock.readLock().unlock();
        }
        return result;
    }

    void stageRecord(long id, RecordFields record) {
        MemoryKeyIndex.stageAction(() -> putRecord(id, record));
    }

    void stageLink(long recordId, long personId) {
        MemoryKeyIndex.stageAction(() -> putLink(recordId, personId));
    }

    void stagePerson(long personId, String enterpriseId, String status) {
        MemoryKeyIndex.stageAction(() -> putPerson(personId, enterpriseId, status));
    }

    void stageStatus(long personId, String status) {
        MemoryKeyIndex.stageAction(() -> putPerson(personId, null, status));
    }

    private void putRecord(long id, RecordFields record) {
        lock.writeLock().lock();
        try {
            int r = recordSlot(id);
            String[] f = new String[2 + RecordFields.DEMOGRAPHIC_COUNT];
            f[0] = record.source();
            f[1] = record.recordId();
            List<String> d = record.demographics();
            for (int i = 0; i < d.size(); i++) {
                f[2 + i] = d.get(i);
            }
            fields[r] = f;
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void putLink(long recordId, long personId) {
        lock.writeLock().lock();
        try {
            personOfRecord[recordSlot(recordId)] = personId;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The record's index in the record arrays, grown to hold it (under the write lock). */
    private int recordSlot(long recordRowId) {
        int r = Math.toIntExact(recordRowId);
        if (r >= fields.length) {
            int n = Math.max(r + 1, fields.length * 2);
            fields = Arrays.copyOf(fields, n);
            personOfRecord = Arrays.copyOf(personOfRecord, n);
        }
        return r;
    }

    private void putPerson(long personId, String enterpriseId, String status) {
        lock.writeLock().lock();
        try {
            int p = Math.toIntExact(personId);
            if (p >= active.length) {
                int n = Math.max(p + 1, active.length * 2);
                active = Arrays.copyOf(active, n);
                enterpriseIds = Arrays.copyOf(enterpriseIds, n);
            }
            if (enterpriseId != null) {
                enterpriseIds[p] = enterpriseId;
            }
            active[p] = StoredPerson.ACTIVE.equals(status);
        } finally {
            lock.writeLock().unlock();
        }
    }
}

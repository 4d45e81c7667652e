package io.primaryinterop.mpi.service.store;

import static io.primaryinterop.mpi.service.store.jooq.Tables.BLOCKING_KEY;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.eclipse.collections.impl.list.mutable.primitive.LongArrayList;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record2;

/**
 * The {@code blocking_key} table of an embedded H2 store, also held in memory: key hash -> record row ids,
 * ascending. Only this process can open an embedded store, so the copy is exact, and a candidate lookup
 * reads no B-tree page for its keys (on a store of a million records those lookups were most of the pages
 * an ingest read, and the pages G1 had to copy).
 *
 * <p>The table stays the record of truth, written in the same transaction as ever. A transaction's changes
 * to the copy are staged on its thread ({@link #stage}), seen by that thread's own lookups, and applied when
 * {@link Transactions} has committed ({@link #publishStaged}) or dropped when it rolled back
 * ({@link #discardStaged}); both happen before the key stripes are released, so a record waiting on the same
 * stripes finds the committed one. Lookups take a read lock, publishing a write lock; both are short. The
 * same per-thread staging carries the transaction's changes to the rest of the candidate data
 * ({@link #stageAction}, for {@link MemoryCandidates}).
 */
final class MemoryKeyIndex {

    private static final ThreadLocal<List<Staged>> STAGED = ThreadLocal.withInitial(ArrayList::new);
    /** The transaction's changes to the in-memory candidate data ({@link MemoryCandidates}), applied at commit. */
    private static final ThreadLocal<List<Runnable>> ACTIONS = ThreadLocal.withInitial(ArrayList::new);
    /** Scratch buffers of {@link #recordIds}: every key's ids gathered, and one key's. */
    private static final ThreadLocal<LongArrayList> GATHERED = ThreadLocal.withInitial(LongArrayList::new);
    private static final ThreadLocal<LongArrayList> ONE_KEY = ThreadLocal.withInitial(LongArrayList::new);

    /** One record's keys changed in a transaction not yet committed: {@code removed} and {@code added} hashes. */
    private record Staged(MemoryKeyIndex index, long recordRowId, long[] removed, long[] added) {
    }

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final KeyRecordTable idsByKey;

    private MemoryKeyIndex(KeyRecordTable idsByKey) {
        this.idsByKey = idsByKey;
    }

    static MemoryKeyIndex empty() {
        return new MemoryKeyIndex(new KeyRecordTable(0));
    }

    /**
     * Reads the whole table; H2 streams the rows (lazy query execution) instead of buffering millions of them.
     */
    static MemoryKeyIndex load(DSLContext ctx) {
        ctx.execute("SET LAZY_QUERY_EXECUTION TRUE");
        try {
            KeyRecordTable table = new KeyRecordTable(ctx.fetchCount(BLOCKING_KEY));
            try (Cursor<Record2<Long, Long>> rows = ctx.select(BLOCKING_KEY.KEY_HASH, BLOCKING_KEY.RECORD_ID)
                    .from(BLOCKING_KEY).fetchSize(10_000).fetchLazy()) {
                for (Record2<Long, Long> row : rows) {
                    table.add(row.value1(), row.value2());
                }
            }
            return new MemoryKeyIndex(table);
        } finally {
            ctx.execute("SET LAZY_QUERY_EXECUTION FALSE");
        }
    }

    /** How many (key, record) pairs are held (committed). */
    int size() {
        lock.readLock().lock();
        try {
            return idsByKey.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Records this thread's transaction gave {@code added} keys, taking {@code removed} ones away. */
    void stage(long recordRowId, long[] removed, long[] added) {
        if (!Transactions.active()) {
            throw new IllegalStateException("the key index is written inside Transactions.inTransaction only");
        }
        STAGED.get().add(new Staged(this, recordRowId, removed.clone(), added.clone()));
    }

    /**
     * The record row ids under any of {@code hashes}, at most {@code perKey} per key (the lowest ids, as the
     * table's {@code LIMIT} over its primary key gives them), as this thread sees them: committed changes and
     * its own staged ones. Ascending, without repeats. The ids are gathered in two buffers kept by the thread:
     * a frequent key holds thousands of records, and a fresh array or set for each lookup was a large part of
     * what an ingest allocated.
     */
    long[] recordIds(long[] hashes, int perKey) {
        LongArrayList all = GATHERED.get();
        LongArrayList one = ONE_KEY.get();
        all.clear();
        List<Staged> mine = stagedHere();
        lock.readLock().lock();
        try {
            for (long hash : hashes) {
                one.clear();
                if (mine.isEmpty()) {
                    idsByKey.collect(hash, one);
                } else {
                    long[] seen = overlay(idsByKey.ids(hash), hash, mine);
                    if (seen != null) {
                        one.addAll(seen);
                    }
                }
                if (one.size() > perKey) {
                    one.sortThis();
                    for (int i = 0; i < perKey; i++) {
                        all.add(one.get(i));
                    }
                } else {
                    all.addAll(one);
                }
            }
        } finally {
            lock.readLock().unlock();
        }
        return distinctSorted(all);
    }

    private static long[] distinctSorted(LongArrayList ids) {
        ids.sortThis();
        int n = 0;
        for (int i = 0; i < ids.size(); i++) {
            if (n == 0 || ids.get(i) != ids.get(n - 1)) {
                ids.set(n++, ids.get(i));
            }
        }
        long[] distinct = new long[n];
        for (int i = 0; i < n; i++) {
            distinct[i] = ids.get(i);
        }
        return distinct;
    }

    /** Applies this thread's staged changes (its transaction has committed) and forgets them. */
    static void publishStaged() {
        List<Staged> staged = STAGED.get();
        for (Staged change : staged) {
            change.index.apply(change);
        }
        staged.clear();
        List<Runnable> actions = ACTIONS.get();
        for (Runnable action : actions) {
            action.run();
        }
        actions.clear();
    }

    /** Whether this thread's transaction has staged changes to the in-memory candidate data. */
    static boolean stagedActions() {
        return !ACTIONS.get().isEmpty();
    }

    /**
     * Stages a change to the in-memory candidate data, applied when the transaction commits; a write outside
     * {@link Transactions} (autocommit: a test's fixture) is committed already, so the change applies at once.
     */
    static void stageAction(Runnable action) {
        if (!Transactions.active()) {
            action.run();
            return;
        }
        ACTIONS.get().add(action);
    }

    /** Forgets this thread's staged changes (its transaction was rolled back, or they were published). */
    static void discardStaged() {
        STAGED.get().clear();
        ACTIONS.get().clear();
    }

    /** How many changes this thread has staged (keys, other copies): a savepoint's mark. */
    static long stagedCount() {
        return ((long) STAGED.get().size() << 32) | ACTIONS.get().size();
    }

    /** Forgets the changes staged after {@code mark} (a nested transaction rolled back to its savepoint). */
    static void discardStagedAfter(long mark) {
        List<Staged> staged = STAGED.get();
        staged.subList((int) (mark >>> 32), staged.size()).clear();
        List<Runnable> actions = ACTIONS.get();
        actions.subList((int) mark, actions.size()).clear();
    }

    private List<Staged> stagedHere() {
        List<Staged> staged = STAGED.get();
        if (staged.isEmpty()) {
            return staged;
        }
        return staged.stream().filter(s -> s.index == this).toList();
    }

    private void apply(Staged change) {
        lock.writeLock().lock();
        try {
            for (long hash : change.removed) {
                idsByKey.remove(hash, change.recordRowId);
            }
            for (long hash : change.added) {
                idsByKey.add(hash, change.recordRowId);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    private static long[] overlay(long[] committed, long hash, List<Staged> staged) {
        long[] ids = committed;
        for (Staged change : staged) {
            if (contains(change.removed, hash)) {
                ids = without(ids, change.recordRowId);
            }
            if (contains(change.added, hash)) {
                ids = with(ids, change.recordRowId);
            }
        }
        return ids;
    }

    /** {@code ids} (ascending, or null) with {@code id} added in order; a new array. */
    private static long[] with(long[] ids, long id) {
        if (ids == null) {
            return new long[] {id};
        }
        int at = Arrays.binarySearch(ids, id);
        if (at >= 0) {
            return ids;
        }
        int insert = -at - 1;
        long[] grown = new long[ids.length + 1];
        System.arraycopy(ids, 0, grown, 0, insert);
        grown[insert] = id;
        System.arraycopy(ids, insert, grown, insert + 1, ids.length - insert);
        return grown;
    }

    /** {@code ids} (ascending, or null) without {@code id}; null when nothing is left. */
    private static long[] without(long[] ids, long id) {
        if (ids == null) {
            return null;
        }
        int at = Arrays.binarySearch(ids, id);
        if (at < 0) {
            return ids;
        }
        if (ids.length == 1) {
            return null;
        }
        long[] shrunk = new long[ids.length - 1];
        System.arraycopy(ids, 0, shrunk, 0, at);
        System.arraycopy(ids, at + 1, shrunk, at, ids.length - at - 1);
        return shrunk;
    }

    private static boolean contains(long[] hashes, long hash) {
        for (long h : hashes) {
            if (h == hash) {
                return true;
            }
        }
        return false;
    }
}

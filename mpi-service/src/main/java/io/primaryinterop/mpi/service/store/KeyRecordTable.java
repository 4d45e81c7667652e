package io.primaryinterop.mpi.service.store;

import org.eclipse.collections.impl.list.mutable.primitive.LongArrayList;

/**
 * A multimap key hash -> record row ids in two primitive arrays, with no object per key: (hash, id) pairs in
 * open addressing with linear probing, so a key's pairs lie in the run of occupied slots from its home slot.
 * Ten million pairs are two arrays the garbage collector never has to trace or copy, where a map of
 * {@code long[]} values was six million objects that every concurrent marking walked.
 *
 * <p>Row ids start at 1, so id 0 marks an empty slot. Removal shifts the following pairs back instead of
 * leaving tombstones. Not thread-safe: {@link MemoryKeyIndex} guards it with a read-write lock.
 */
final class KeyRecordTable {

    private static final double MAX_LOAD = 0.75;

    private long[] hashes;
    private long[] ids;
    private int mask;
    private int size;

    KeyRecordTable(long expectedPairs) {
        allocate(capacityFor(expectedPairs));
    }

    /** How many (hash, id) pairs are held. */
    int size() {
        return size;
    }

    /** Adds the pair; adding it again changes nothing. */
    void add(long hash, long id) {
        if (id <= 0) {
            throw new IllegalArgumentException("record row ids are positive: " + id);
        }
        if (size + 1 > mask * MAX_LOAD) {
            rehash(2 * (mask + 1));
        }
        int i = home(hash);
        while (ids[i] != 0) {
            if (hashes[i] == hash && ids[i] == id) {
                return;
            }
            i = (i + 1) & mask;
        }
        hashes[i] = hash;
        ids[i] = id;
        size++;
    }

    /** Removes the pair, if held. */
    void remove(long hash, long id) {
        int i = home(hash);
        while (ids[i] != 0 && !(hashes[i] == hash && ids[i] == id)) {
            i = (i + 1) & mask;
        }
        if (ids[i] == 0) {
            return;
        }
        // Backward shift: move up every later pair of the run whose home slot does not lie in (i, j].
        int j = i;
        while (true) {
            j = (j + 1) & mask;
            if (ids[j] == 0) {
                break;
            }
            int k = home(hashes[j]);
            boolean stays = i <= j ? (i < k && k <= j) : (i < k || k <= j);
            if (!stays) {
                hashes[i] = hashes[j];
                ids[i] = ids[j];
                i = j;
            }
        }
        hashes[i] = 0;
        ids[i] = 0;
        size--;
    }

    /** The ids under {@code hash}, ascending (null when none). */
    long[] ids(long hash) {
        LongArrayList found = new LongArrayList();
        collect(hash, found);
        return found.isEmpty() ? null : found.sortThis().toArray();
    }

    /** Appends the ids under {@code hash} to {@code into}, in no particular order. */
    void collect(long hash, LongArrayList into) {
        for (int i = home(hash); ids[i] != 0; i = (i + 1) & mask) {
            if (hashes[i] == hash) {
                into.add(ids[i]);
            }
        }
    }

    private int home(long hash) {
        long h = hash * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private void rehash(int capacity) {
        long[] oldHashes = hashes;
        long[] oldIds = ids;
        allocate(capacity);
        size = 0;
        for (int i = 0; i < oldIds.length; i++) {
            if (oldIds[i] != 0) {
                add(oldHashes[i], oldIds[i]);
            }
        }
    }

    private void allocate(int capacity) {
        hashes = new long[capacity];
        ids = new long[capacity];
        mask = capacity - 1;
    }

    private static int capacityFor(long pairs) {
        long wanted = Math.max(16, (long) Math.ceil(pairs / MAX_LOAD) + 1);
        if (wanted > 1 << 30) {
            throw new IllegalStateException("the in-memory key index holds at most " + (long) ((1 << 30) * MAX_LOAD)
                    + " key pairs; set mpi.candidates-in-memory=false");
        }
        return Integer.highestOneBit((int) (wanted - 1)) << 1;
    }
}

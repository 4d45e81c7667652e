package io.primaryinterop.mpi.service.application;

import io.primaryinterop.mpi.service.domain.RecordFields;
import io.primaryinterop.mpi.service.engine.BlockingKey;
import io.primaryinterop.mpi.service.engine.MatchEngine;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The blocking keys of a whole load as columns (key hash, record row id, rule), with an order by key hash:
 * written in that order, the key index's B-tree grows at its end instead of on random pages. Keys are
 * computed on all cores, a slice of records at a time; a record's keys are distinct (two rules giving one
 * hash are a collision, and the primary key needs the pair once).
 */
final class SortedKeyIndex {

    /** Row numbers in the packed sort key: up to 134M keys (some 16M records) per load. */
    private static final int ROW_BITS = 27;
    private static final long ROW_MASK = (1L << ROW_BITS) - 1;
    private static final int SLICE = 1 << 16;

    final long[] keyHashes;
    final long[] recordIds;
    final short[] ruleNos;
    final int size;

    private SortedKeyIndex(long[] keyHashes, long[] recordIds, short[] ruleNos, int size) {
        this.keyHashes = keyHashes;
        this.recordIds = recordIds;
        this.ruleNos = ruleNos;
        this.size = size;
    }

    /** The keys of {@code records}, the i-th stored with row id {@code firstRecordId + i}. */
    static SortedKeyIndex of(List<RecordFields> records, long firstRecordId, MatchEngine engine) {
        int capacity = Math.max(16, records.size() * 8);
        long[] hashes = new long[capacity];
        long[] ids = new long[capacity];
        short[] rules = new short[capacity];
        int size = 0;
        for (int from = 0; from < records.size(); from += SLICE) {
            int start = from;
            List<List<BlockingKey>> slice = IntStream.range(from, Math.min(records.size(), from + SLICE)).parallel()
                    .mapToObj(i -> engine.prepare(records.get(i)).blockingKeys()).toList();
            for (int i = 0; i < slice.size(); i++) {
                List<BlockingKey> keys = slice.get(i);
                if (size + keys.size() > hashes.length) {
                    int grown = Math.max(size + keys.size(), hashes.length + hashes.length / 2);
                    hashes = Arrays.copyOf(hashes, grown);
                    ids = Arrays.copyOf(ids, grown);
                    rules = Arrays.copyOf(rules, grown);
                }
                int first = size;
                for (BlockingKey key : keys) {
                    if (!contains(hashes, first, size, key.hash())) {
                        hashes[size] = key.hash();
                        ids[size] = firstRecordId + start + i;
                        rules[size] = (short) key.ruleNo();
                        size++;
                    }
                }
            }
        }
        if (size > ROW_MASK) {
            throw new IllegalArgumentException(size + " blocking keys are more than one load can sort (" + ROW_MASK
                    + "): split the file");
        }
        return new SortedKeyIndex(hashes, ids, rules, size);
    }

    /**
     * Positions ordered by key hash: sorted on (the hash's high bits, position) packed into one long, so a
     * primitive parallel sort does it; hashes equal in their high 37 bits come out in load order, which is
     * still as good as sorted for the B-tree.
     */
    int[] orderByKey() {
        long[] packed = new long[size];
        for (int k = 0; k < size; k++) {
            packed[k] = (keyHashes[k] & ~ROW_MASK) | k;
        }
        Arrays.parallelSort(packed);
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = (int) (packed[i] & ROW_MASK);
        }
        return order;
    }

    private static boolean contains(long[] hashes, int from, int to, long hash) {
        for (int i = from; i < to; i++) {
            if (hashes[i] == hash) {
                return true;
            }
        }
        return false;
    }
}

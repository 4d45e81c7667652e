package io.primaryinterop.mpi.datasets.evaluation;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.collections.impl.map.mutable.primitive.ObjectIntHashMap;

/**
 * Ground truth: which person each record is about. Records and persons are numbered densely so that the
 * metrics work on int arrays (a million records fit easily).
 */
public final class Truth {

    private final ObjectIntHashMap<String> recordIndex;
    private final String[] recordIds;
    private final int[] personOfRecord;
    private final List<String> personIds;
    private final ObjectIntHashMap<String> personIndex;

    private Truth(ObjectIntHashMap<String> recordIndex, String[] recordIds, int[] personOfRecord, List<String> personIds,
                  ObjectIntHashMap<String> personIndex) {
        this.recordIndex = recordIndex;
        this.personIndex = personIndex;
        this.recordIds = recordIds;
        this.personOfRecord = personOfRecord;
        this.personIds = personIds;
    }

    /** Reads {@code record_id,person_id}; a record listed twice is an error naming its line. */
    public static Truth read(Path file) {
        Builder builder = new Builder();
        CsvColumns.forEach(file, List.of("record_id", "person_id"), row -> {
            if (!builder.add(row.get(0), row.get(1))) {
                throw row.error("record_id", "record " + row.get(0) + " listed twice");
            }
        });
        return builder.build();
    }

    /** From a map record id -> person id. */
    public static Truth of(Map<String, String> personOfRecord) {
        Builder builder = new Builder();
        personOfRecord.forEach(builder::add);
        return builder.build();
    }

    /** Builds a truth record by record (loaders derive truth this way). */
    public static final class Builder {
        private final ObjectIntHashMap<String> recordIndex = new ObjectIntHashMap<>();
        private final ObjectIntHashMap<String> personIndex = new ObjectIntHashMap<>();
        private final org.eclipse.collections.impl.list.mutable.primitive.IntArrayList persons =
                new org.eclipse.collections.impl.list.mutable.primitive.IntArrayList();
        private final java.util.ArrayList<String> recordIds = new java.util.ArrayList<>();
        private final java.util.ArrayList<String> personIds = new java.util.ArrayList<>();

        /** @return false when the record is already there */
        public boolean add(String recordId, String personId) {
            if (recordId == null || recordId.isEmpty() || personId == null || personId.isEmpty()) {
                throw new IllegalArgumentException("record and person id are required: " + recordId + "," + personId);
            }
            if (recordIndex.containsKey(recordId)) {
                return false;
            }
            int person = personIndex.getIfAbsent(personId, -1);
            if (person < 0) {
                person = personIds.size();
                personIndex.put(personId, person);
                personIds.add(personId);
            }
            recordIndex.put(recordId, recordIds.size());
            recordIds.add(recordId);
            persons.add(person);
            return true;
        }

        public Truth build() {
            return new Truth(recordIndex, recordIds.toArray(String[]::new), persons.toArray(), List.copyOf(personIds), personIndex);
        }
    }

    public int records() {
        return recordIds.length;
    }

    public int persons() {
        return personIds.size();
    }

    /** Dense index of a record, or -1 when the truth does not know it. */
    public int recordIndex(String recordId) {
        return recordIndex.getIfAbsent(recordId, -1);
    }

    public String recordId(int index) {
        return recordIds[index];
    }

    public int person(int recordIndex) {
        return personOfRecord[recordIndex];
    }

    public String personId(int person) {
        return personIds.get(person);
    }

    /** Dense index of a person id, or -1. */
    public int personIndex(String personId) {
        return personIndex.getIfAbsent(personId, -1);
    }

    /** Same-person record pairs: the sum over persons of C(size, 2). */
    public long truePairs() {
        int[] sizes = new int[personIds.size()];
        for (int p : personOfRecord) {
            sizes[p]++;
        }
        long pairs = 0;
        for (int size : sizes) {
            pairs += (long) size * (size - 1) / 2;
        }
        return pairs;
    }
}

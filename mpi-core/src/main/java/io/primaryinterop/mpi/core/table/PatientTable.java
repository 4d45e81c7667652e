package io.primaryinterop.mpi.core.table;

import io.primaryinterop.mpi.blocking.BlockingTable;
import io.primaryinterop.mpi.core.normalize.NormalizedRecord;
import io.primaryinterop.mpi.core.normalize.ParseDate;
import io.primaryinterop.mpi.core.normalize.RecordNormalizer;
import io.primaryinterop.mpi.core.record.PatientField;
import io.primaryinterop.mpi.core.record.PatientRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Normalized patient records, dictionary-encoded: per field a {@code String[]} of distinct values and per
 * row an int code into it ({@link #NULL_CODE} = unknown), with a count per value for term frequencies.
 * Equal values have equal codes, so "exact" is an int compare and anything derived from a value
 * (phonetic code, nickname groups, tokens) is computed once per distinct value ({@link #derived}).
 *
 * <p>The codes are stored by row: a row's 14 field codes, its birth date as epoch day and as packed
 * year/month/day bits are 16 ints, one 64-byte cache line. Candidate pairs from blocking are rows scattered
 * over the table; scoring a pair then costs two cache misses for all its codes instead of two per
 * comparison. Columns (for blocking's fast path) are materialized on request and cached.
 *
 * <p>Record ids are not dictionary-encoded (they are unique): their code is the row.
 * Immutable after {@link Builder#build()}; safe for concurrent reads.
 */
public final class PatientTable implements BlockingTable {

    /** The code of an unknown value. */
    public static final int NULL_CODE = -1;

    private static final Map<String, PatientField> EXACT_COLUMNS = exactColumns();

    /** Ints per row: slot 0 = birth epoch day (record_id has no code), slots 1-14 = field codes, 15 = packed date. */
    static final int STRIDE = 16;
    private static final int EPOCH_DAY_SLOT = 0;
    private static final int YMD_SLOT = 15;

    private final int size;
    private final String[] recordIds;
    private final int[] rows;
    private final String[][] dictionaries;
    private final int[][] counts;
    private final int[] nonNullCounts;
    private final int[] placeholderMasks;
    private final ConcurrentHashMap<String, Object> derived = new ConcurrentHashMap<>();

    private PatientTable(Builder builder) {
        this.size = builder.size;
        this.recordIds = Arrays.copyOf(builder.recordIds, size);
        this.rows = Arrays.copyOf(builder.rows, size * STRIDE);
        this.dictionaries = new String[PatientField.COUNT][];
        this.counts = new int[PatientField.COUNT][];
        this.nonNullCounts = new int[PatientField.COUNT];
        for (PatientField field : PatientField.values()) {
            int f = field.ordinal();
            if (field == PatientField.RECORD_ID) {
                continue;
            }
            dictionaries[f] = builder.dictionaries[f].values.toArray(new String[0]);
            counts[f] = new int[dictionaries[f].length];
            for (int row = 0; row < size; row++) {
                int code = rows[row * STRIDE + f];
                if (code != NULL_CODE) {
                    counts[f][code]++;
                    nonNullCounts[f]++;
                }
            }
        }
        for (int row = 0; row < size; row++) {
            rows[row * STRIDE + YMD_SLOT] = packedDate(rows[row * STRIDE + EPOCH_DAY_SLOT]);
        }
        this.placeholderMasks = builder.anyPlaceholder ? Arrays.copyOf(builder.placeholderMasks, size) : null;
    }

    /** A streaming builder: add records one by one (nothing but codes is kept per row). */
    public static Builder builder(RecordNormalizer normalizer) {
        return new Builder(normalizer);
    }

    /** A table of the given records, normalized with {@code normalizer}. */
    public static PatientTable of(Iterable<PatientRecord> records, RecordNormalizer normalizer) {
        Builder builder = builder(normalizer);
        records.forEach(builder::add);
        return builder.build();
    }

    @Override
    public int size() {
        return size;
    }

    public String recordId(int row) {
        return recordIds[row];
    }

    /** The dictionary code of a row's value; {@link #NULL_CODE} when unknown. For record_id: the row. */
    public int code(PatientField field, int row) {
        return field == PatientField.RECORD_ID ? row : rows[row * STRIDE + field.ordinal()];
    }

    /**
     * The codes of one field as a column indexed by row (materialized once, cached; shared, do not modify).
     * Scoring reads {@link #code} instead: by row is what keeps a pair's codes in one cache line.
     */
    public int[] codes(PatientField field) {
        if (field == PatientField.RECORD_ID) {
            throw new IllegalArgumentException("record_id is not dictionary-encoded");
        }
        int slot = field.ordinal();
        return derived(field, "column", dictionary -> {
            int[] column = new int[size];
            for (int row = 0; row < size; row++) {
                column[row] = rows[row * STRIDE + slot];
            }
            return column;
        });
    }

    /** The normalized value of a code; {@code null} for {@link #NULL_CODE}. */
    public String dictionaryValue(PatientField field, int code) {
        if (code == NULL_CODE) {
            return null;
        }
        return field == PatientField.RECORD_ID ? recordIds[code] : dictionaries[field.ordinal()][code];
    }

    /** Number of distinct non-null values of a field. */
    public int dictionarySize(PatientField field) {
        return field == PatientField.RECORD_ID ? size : dictionaries[field.ordinal()].length;
    }

    /** The normalized value at a row, {@code null} when unknown. */
    public String value(PatientField field, int row) {
        return dictionaryValue(field, code(field, row));
    }

    /** Blocking's view: value by canonical column name (or alias); unknown names are {@code null}. */
    @Override
    public String value(int row, String field) {
        PatientField patientField = fieldOrNull(field);
        return patientField == null ? null : value(patientField, row);
    }

    private static PatientField fieldOrNull(String field) {
        PatientField patientField = EXACT_COLUMNS.get(field);
        return patientField != null ? patientField : PatientField.byColumnOrNull(field);
    }

    /** Blocking's fast path: the field's codes by row (shared, read-only); {@code null} for record_id or an unknown name. */
    @Override
    public int[] codes(String field) {
        PatientField patientField = fieldOrNull(field);
        return patientField == null || patientField == PatientField.RECORD_ID ? null : codes(patientField);
    }

    /** Blocking's fast path: the number of distinct codes; -1 when {@link #codes(String)} gives none. */
    @Override
    public int dictionarySize(String field) {
        PatientField patientField = fieldOrNull(field);
        return patientField == null || patientField == PatientField.RECORD_ID ? -1 : dictionaries[patientField.ordinal()].length;
    }

    /** Birth date as epoch day, {@link ParseDate#NULL_EPOCH_DAY} when unknown. */
    public int birthEpochDay(int row) {
        return rows[row * STRIDE + EPOCH_DAY_SLOT];
    }

    /** Birth date as {@code year * 10000 + month * 100 + day}, 0 when unknown. */
    public int birthYmd(int row) {
        int packed = rows[row * STRIDE + YMD_SLOT];
        return (packed >>> 9) * 10000 + (packed >>> 5 & 15) * 100 + (packed & 31);
    }

    /**
     * Birth date as bits {@code year << 9 | month << 5 | day}, 0 when unknown: date levels take the parts
     * apart with shifts, not the divisions a decimal {@code yyyymmdd} would need on every pair.
     */
    public int birthDatePacked(int row) {
        return rows[row * STRIDE + YMD_SLOT];
    }

    /** {@code year << 9 | month << 5 | day} of an epoch day; 0 for {@link ParseDate#NULL_EPOCH_DAY}. */
    public static int packedDate(int epochDay) {
        if (epochDay == ParseDate.NULL_EPOCH_DAY) {
            return 0;
        }
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        return date.getYear() << 9 | date.getMonthValue() << 5 | date.getDayOfMonth();
    }

    /** Number of rows where the field is known. */
    public int nonNullCount(PatientField field) {
        return field == PatientField.RECORD_ID ? size : nonNullCounts[field.ordinal()];
    }

    /** Number of rows with this value. */
    public int valueCount(PatientField field, int code) {
        if (code == NULL_CODE) {
            return 0;
        }
        return field == PatientField.RECORD_ID ? 1 : counts[field.ordinal()][code];
    }

    /** Share of the rows where the field is known that have this value; 0 for {@link #NULL_CODE}. */
    public double termFrequency(PatientField field, int code) {
        int known = nonNullCount(field);
        return known == 0 ? 0.0 : (double) valueCount(field, code) / known;
    }

    /** Bit {@code 1 << field.ordinal()} set where the source wrote a placeholder (see Placeholders). */
    public int placeholderMask(int row) {
        return placeholderMasks == null ? 0 : placeholderMasks[row];
    }

    /** The row as a normalized record (allocates; for explanations and the service, not hot loops). */
    public NormalizedRecord record(int row) {
        String[] values = new String[PatientField.COUNT];
        for (PatientField field : PatientField.values()) {
            values[field.ordinal()] = value(field, row);
        }
        return NormalizedRecord.fromValues(values, placeholderMask(row));
    }

    /**
     * Something computed once per distinct value of a field and cached in the table (phonetic codes,
     * nickname groups, token ids...). {@code key} names the computation; the function receives the
     * field's dictionary (do not modify it) and must be pure. Concurrent callers compute it once.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(PatientField field, String key, Function<String[], T> computation) {
        if (field == PatientField.RECORD_ID) {
            throw new IllegalArgumentException("no derived values for record_id");
        }
        String[] dictionary = dictionaries[field.ordinal()];
        return (T) derived.computeIfAbsent(field.column() + "/" + key, k -> computation.apply(dictionary));
    }

    /**
     * Maps each dictionary value through {@code function} and interns the results: equal results get
     * equal ints ({@link #NULL_CODE} for null), e.g. Soundex codes, so "sounds alike" is an int compare.
     */
    public int[] derivedCodes(PatientField field, String key, Function<String, String> function) {
        return derived(field, "codes/" + key, dictionary -> {
            Map<String, Integer> interned = new HashMap<>();
            int[] result = new int[dictionary.length];
            for (int code = 0; code < dictionary.length; code++) {
                String value = function.apply(dictionary[code]);
                result[code] = value == null ? NULL_CODE : interned.computeIfAbsent(value, v -> interned.size());
            }
            return result;
        });
    }

    private static Map<String, PatientField> exactColumns() {
        Map<String, PatientField> map = new HashMap<>();
        for (PatientField field : PatientField.values()) {
            map.put(field.column(), field);
        }
        map.put("dob", PatientField.BIRTH_DATE);
        return Map.copyOf(map);
    }

    /** Adds records one at a time; keeps only codes per row and one copy of each distinct value. */
    public static final class Builder {
        private final RecordNormalizer normalizer;
        private final Dictionary[] dictionaries = new Dictionary[PatientField.COUNT];
        private String[] recordIds = new String[1024];
        private int[] rows = new int[1024 * STRIDE];
        private int[] placeholderMasks = new int[1024];
        private boolean anyPlaceholder;
        private int size;
        private boolean built;

        private Builder(RecordNormalizer normalizer) {
            this.normalizer = normalizer;
            for (PatientField field : PatientField.values()) {
                dictionaries[field.ordinal()] = new Dictionary();
            }
        }

        /** Normalizes and adds a record; returns its row. */
        public int add(PatientRecord record) {
            return add(normalizer.normalize(record));
        }

        /** Adds an already normalized record; returns its row. */
        public int add(NormalizedRecord record) {
            if (built) {
                throw new IllegalStateException("the table is already built");
            }
            if (size == recordIds.length) {
                grow();
            }
            int row = size++;
            recordIds[row] = record.recordId();
            int base = row * STRIDE;
            for (PatientField field : PatientField.values()) {
                if (field != PatientField.RECORD_ID) {
                    rows[base + field.ordinal()] = dictionaries[field.ordinal()].code(record.get(field));
                }
            }
            rows[base + EPOCH_DAY_SLOT] = record.birthEpochDay();
            placeholderMasks[row] = record.placeholderMask();
            anyPlaceholder |= record.placeholderMask() != 0;
            return row;
        }

        public int size() {
            return size;
        }

        public PatientTable build() {
            built = true;
            return new PatientTable(this);
        }

        private void grow() {
            int capacity = recordIds.length * 2;
            recordIds = Arrays.copyOf(recordIds, capacity);
            rows = Arrays.copyOf(rows, capacity * STRIDE);
            placeholderMasks = Arrays.copyOf(placeholderMasks, capacity);
        }
    }

    /**
     * Distinct values in first-seen order, with an open-addressing index of {@code long} slots holding
     * the value's hash and code: a probe reads one array and compares strings only when the full hash
     * matches. A generic object map compared strings on every probe, which dominated loading a million rows.
     */
    private static final class Dictionary {
        private final ArrayList<String> values = new ArrayList<>();
        private long[] slots = new long[1024];

        int code(String value) {
            if (value == null) {
                return NULL_CODE;
            }
            int hash = spread(value.hashCode());
            int mask = slots.length - 1;
            int index = hash & mask;
            for (long slot = slots[index]; slot != 0; slot = slots[index]) {
                if ((int) (slot >>> 32) == hash) {
                    int code = (int) slot - 1;
                    if (values.get(code).equals(value)) {
                        return code;
                    }
                }
                index = (index + 1) & mask;
            }
            int code = values.size();
            values.add(value);
            slots[index] = ((long) hash << 32) | (code + 1L);
            if (values.size() * 2 > slots.length) {
                grow();
            }
            return code;
        }

        private void grow() {
            long[] old = slots;
            slots = new long[old.length * 2];
            int mask = slots.length - 1;
            for (long slot : old) {
                if (slot != 0) {
                    int index = (int) (slot >>> 32) & mask;
                    while (slots[index] != 0) {
                        index = (index + 1) & mask;
                    }
                    slots[index] = slot;
                }
            }
        }

        private static int spread(int hash) {
            int h = hash * 0x9E3779B9;
            return h ^ (h >>> 16);
        }
    }
}

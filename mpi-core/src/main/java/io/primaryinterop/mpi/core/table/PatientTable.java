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
import org.eclipse.collections.impl.map.mutable.primitive.ObjectIntHashMap;

/**
 * Normalized patient records in columns, dictionary-encoded: per field an {@code int[]} of codes
 * ({@link #NULL_CODE} = unknown) into a {@code String[]} of distinct values, with a count per value for
 * term frequencies. Equal values have equal codes, so "exact" is an int compare and anything derived
 * from a value (phonetic code, nickname groups, tokens) is computed once per distinct value
 * ({@link #derived}). Birth dates are also kept as epoch days and as {@code yyyymmdd} ints.
 *
 * <p>Record ids are not dictionary-encoded (they are unique): their code is the row.
 * Immutable after {@link Builder#build()}; safe for concurrent reads.
 */
public final class PatientTable implements BlockingTable {

    /** The code of an unknown value. */
    public static final int NULL_CODE = -1;

    private static final Map<String, PatientField> EXACT_COLUMNS = exactColumns();

    private final int size;
    private final String[] recordIds;
    private final int[][] codes;
    private final String[][] dictionaries;
    private final int[][] counts;
    private final int[] nonNullCounts;
    private final int[] birthEpochDays;
    private final int[] birthYmd;
    private final int[] placeholderMasks;
    private final ConcurrentHashMap<String, Object> derived = new ConcurrentHashMap<>();

    private PatientTable(Builder builder) {
        this.size = builder.size;
        this.recordIds = Arrays.copyOf(builder.recordIds, size);
        this.codes = new int[PatientField.COUNT][];
        this.dictionaries = new String[PatientField.COUNT][];
        this.counts = new int[PatientField.COUNT][];
        this.nonNullCounts = new int[PatientField.COUNT];
        for (PatientField field : PatientField.values()) {
            int f = field.ordinal();
            if (field == PatientField.RECORD_ID) {
                continue;
            }
            codes[f] = Arrays.copyOf(builder.codes[f], size);
            dictionaries[f] = builder.dictionaries[f].values.toArray(new String[0]);
            counts[f] = new int[dictionaries[f].length];
            for (int row = 0; row < size; row++) {
                int code = codes[f][row];
                if (code != NULL_CODE) {
                    counts[f][code]++;
                    nonNullCounts[f]++;
                }
            }
        }
        this.birthEpochDays = Arrays.copyOf(builder.birthEpochDays, size);
        this.birthYmd = new int[size];
        for (int row = 0; row < size; row++) {
            birthYmd[row] = ymd(birthEpochDays[row]);
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
        return field == PatientField.RECORD_ID ? row : codes[field.ordinal()][row];
    }

    /** The codes of one field, indexed by row (shared, do not modify: for hot loops). */
    public int[] codes(PatientField field) {
        if (field == PatientField.RECORD_ID) {
            throw new IllegalArgumentException("record_id is not dictionary-encoded");
        }
        return codes[field.ordinal()];
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
        return patientField == null || patientField == PatientField.RECORD_ID ? null : codes[patientField.ordinal()];
    }

    /** Blocking's fast path: the number of distinct codes; -1 when {@link #codes(String)} gives none. */
    @Override
    public int dictionarySize(String field) {
        PatientField patientField = fieldOrNull(field);
        return patientField == null || patientField == PatientField.RECORD_ID ? -1 : dictionaries[patientField.ordinal()].length;
    }

    /** Birth date as epoch day, {@link ParseDate#NULL_EPOCH_DAY} when unknown. */
    public int birthEpochDay(int row) {
        return birthEpochDays[row];
    }

    /** Birth date as {@code year * 10000 + month * 100 + day}, 0 when unknown. */
    public int birthYmd(int row) {
        return birthYmd[row];
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

    static int ymd(int epochDay) {
        if (epochDay == ParseDate.NULL_EPOCH_DAY) {
            return 0;
        }
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        return date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth();
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
        private final int[][] codes = new int[PatientField.COUNT][];
        private String[] recordIds = new String[1024];
        private int[] birthEpochDays = new int[1024];
        private int[] placeholderMasks = new int[1024];
        private boolean anyPlaceholder;
        private int size;
        private boolean built;

        private Builder(RecordNormalizer normalizer) {
            this.normalizer = normalizer;
            for (PatientField field : PatientField.values()) {
                dictionaries[field.ordinal()] = new Dictionary();
                codes[field.ordinal()] = new int[1024];
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
            for (PatientField field : PatientField.values()) {
                if (field != PatientField.RECORD_ID) {
                    codes[field.ordinal()][row] = dictionaries[field.ordinal()].code(record.get(field));
                }
            }
            birthEpochDays[row] = record.birthEpochDay();
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
            birthEpochDays = Arrays.copyOf(birthEpochDays, capacity);
            placeholderMasks = Arrays.copyOf(placeholderMasks, capacity);
            for (int f = 0; f < PatientField.COUNT; f++) {
                codes[f] = Arrays.copyOf(codes[f], capacity);
            }
        }
    }

    /** Distinct values in first-seen order. */
    private static final class Dictionary {
        private final ObjectIntHashMap<String> codes =
                new ObjectIntHashMap<>();
        private final ArrayList<String> values = new ArrayList<>();

        int code(String value) {
            if (value == null) {
                return NULL_CODE;
            }
            int code = codes.getIfAbsent(value, NULL_CODE);
            if (code == NULL_CODE) {
                code = values.size();
                values.add(value);
                codes.put(value, code);
            }
            return code;
        }
    }
}

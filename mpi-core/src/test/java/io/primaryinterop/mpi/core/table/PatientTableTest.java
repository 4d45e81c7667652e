package io.primaryinterop.mpi.core.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.primaryinterop.mpi.core.normalize.NormalizedRecord;
import io.primaryinterop.mpi.core.normalize.ParseDate;
import io.primaryinterop.mpi.core.normalize.RecordNormalizer;
import io.primaryinterop.mpi.core.record.PatientField;
import io.primaryinterop.mpi.core.record.PatientRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class PatientTableTest {

    private static final RecordNormalizer NORMALIZER = RecordNormalizer.standard();

    private static PatientRecord person(String id, String given, String family, String birthDate) {
        return new PatientRecord(id, "HOSP_A", given, null, family, "F", birthDate, null, null, null, null, null, null,
                null, null);
    }

    private final PatientTable table = PatientTable.of(List.of(
            person("R1", "Ann", "Smith", "1972-03-13"),
            person("R2", "ANN", "Smith", "19720313"),
            person("R3", "Bea", "Zelinski", null),
            person("R4", "Unknown", "smith", "1900-01-01")), NORMALIZER);

    @Test
    void equalNormalizedValuesShareACode() {
        assertEquals(table.code(PatientField.GIVEN_NAME, 0), table.code(PatientField.GIVEN_NAME, 1));
        assertNotEquals(table.code(PatientField.GIVEN_NAME, 0), table.code(PatientField.GIVEN_NAME, 2));
        assertEquals("ANN", table.dictionaryValue(PatientField.GIVEN_NAME, table.code(PatientField.GIVEN_NAME, 0)));
        assertEquals(2, table.dictionarySize(PatientField.FAMILY_NAME));
    }

    @Test
    void unknownValuesAreTheNullCode() {
        assertEquals(PatientTable.NULL_CODE, table.code(PatientField.GIVEN_NAME, 3), "placeholder UNKNOWN");
        assertEquals(PatientTable.NULL_CODE, table.code(PatientField.BIRTH_DATE, 2));
        assertEquals(ParseDate.NULL_EPOCH_DAY, table.birthEpochDay(3));
        assertNull(table.dictionaryValue(PatientField.GIVEN_NAME, PatientTable.NULL_CODE));
        assertEquals((1 << PatientField.GIVEN_NAME.ordinal()) | (1 << PatientField.BIRTH_DATE.ordinal()),
                table.placeholderMask(3));
    }

    @Test
    void keepsBirthDatesAsEpochDaysAndYmd() {
        assertEquals(LocalDate.of(1972, 3, 13).toEpochDay(), table.birthEpochDay(0));
        assertEquals(19720313, table.birthYmd(1));
        assertEquals(0, table.birthYmd(2));
    }

    @Test
    void termFrequencyIsTheShareOfKnownRows() {
        int smith = table.code(PatientField.FAMILY_NAME, 0);
        assertEquals(3, table.valueCount(PatientField.FAMILY_NAME, smith));
        assertEquals(0.75, table.termFrequency(PatientField.FAMILY_NAME, smith), 1e-12);
        assertEquals(1.0, table.termFrequency(PatientField.BIRTH_DATE, table.code(PatientField.BIRTH_DATE, 0)), 1e-12);
        assertEquals(0.0, table.termFrequency(PatientField.BIRTH_DATE, PatientTable.NULL_CODE));
    }

    @Test
    void servesBlockingByColumnName() {
        assertEquals(4, table.size());
        assertEquals("SMITH", table.value(3, "family_name"));
        assertEquals("1972-03-13", table.value(1, "dob"));
        assertEquals("R2", table.value(1, "record_id"));
        assertNull(table.value(1, "no_such_column"));
        assertSame(table.codes(PatientField.FAMILY_NAME), table.codes("family_name"));
        assertEquals(2, table.dictionarySize("family_name"));
        assertNull(table.codes("record_id"));
        assertEquals(-1, table.dictionarySize("no_such_column"));
    }

    @Test
    void rowsReadBackAsNormalizedRecords() {
        NormalizedRecord record = table.record(1);
        assertEquals(NORMALIZER.normalize(person("R2", "ANN", "Smith", "19720313")), record);
        assertEquals("R2", table.recordId(1));
    }

    @Test
    void derivedValuesAreComputedOncePerDistinctValue() {
        AtomicInteger calls = new AtomicInteger();
        int[] first = table.derivedCodes(PatientField.FAMILY_NAME, "first-letter", value -> {
            calls.incrementAndGet();
            return value.substring(0, 1);
        });
        int[] again = table.derivedCodes(PatientField.FAMILY_NAME, "first-letter", value -> "other");
        assertSame(first, again);
        assertEquals(2, calls.get());
        assertNotEquals(first[table.code(PatientField.FAMILY_NAME, 0)], first[table.code(PatientField.FAMILY_NAME, 2)]);
    }

    @Test
    void manyDistinctValuesKeepDistinctCodesAcrossDictionaryGrowth() {
        PatientTable.Builder builder = PatientTable.builder(NORMALIZER);
        for (int i = 0; i < 20_000; i++) {
            builder.add(new PatientRecord("R" + i, null, null, null, null, null, null, null, null, null, null, null,
                    String.valueOf(1_000_000 + i % 5_000), null, null));
        }
        PatientTable big = builder.build();
        assertEquals(5_000, big.dictionarySize(PatientField.PHONE));
        for (int row = 0; row < big.size(); row++) {
            assertEquals(String.valueOf(1_000_000 + row % 5_000), big.value(PatientField.PHONE, row));
            assertEquals(big.code(PatientField.PHONE, row % 5_000), big.code(PatientField.PHONE, row));
        }
        assertEquals(4, big.valueCount(PatientField.PHONE, big.code(PatientField.PHONE, 17)));
    }

    @Test
    void theBuilderRefusesRowsAfterBuild() {
        PatientTable.Builder builder = PatientTable.builder(NORMALIZER);
        builder.add(person("R1", "Ann", null, null));
        builder.build();
        assertThrows(IllegalStateException.class, () -> builder.add(person("R2", "Bea", null, null)));
    }

    @Property(tries = 100)
    void storesEveryRowAsNormalized(@ForAll @Size(max = 3000) List<@CharRange(from = 'a', to = 'd') @StringLength(max = 3) String> names) {
        List<PatientRecord> records = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            records.add(person("R" + i, names.get(i), names.get(names.size() - 1 - i), null));
        }
        PatientTable built = PatientTable.of(records, NORMALIZER);
        assertEquals(records.size(), built.size());
        for (int i = 0; i < records.size(); i++) {
            assertArrayEquals(NORMALIZER.normalize(records.get(i)).values(), built.record(i).values());
        }
    }
}

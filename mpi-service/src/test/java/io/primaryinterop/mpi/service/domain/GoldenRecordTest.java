package io.primaryinterop.mpi.service.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoldenRecordTest {

    private static RecordFields named(String given, String family) {
        return new RecordFields("S", "R", given, null, family, null, null, null, null, null, null, null, null, null, null);
    }

    @ParameterizedTest(name = "{0} | {1} | {2} -> {3}")
    @CsvSource(nullValues = "NULL", value = {
            "Ann,   Ann,   Anne,  Ann",
            "Anne,  Ann,   Ann,   Ann",
            "Ann,   Anne,  NULL,  Anne",
            "NULL,  '',    Ann,   Ann",
            "' Ann ', Ann, Anne,  Ann",
    })
    void theMajorityWinsAndATieGoesToTheLatest(String first, String second, String third, String golden) {
        List<String> result = GoldenRecord.of(List.of(named(first, "X"), named(second, "X"), named(third, "X")));

        assertEquals(golden, result.get(0));
        assertEquals("X", result.get(2));
    }

    @Test
    void aFieldNoRecordKnowsStaysUnknown() {
        List<String> result = GoldenRecord.of(List.of(named("Ann", null), named(null, "  ")));

        assertNull(result.get(2));
        assertEquals(RecordFields.DEMOGRAPHIC_COUNT, result.size());
    }

    // ---- survivorship rules: records A (created day 1, updated day 5), B (day 2, updated day 3), C (day 3, updated day 4)

    private static GoldenRecord.Contributor record(long row, String source, String given, int createdDay, int updatedDay) {
        return new GoldenRecord.Contributor(row, new RecordFields(source, "R" + row, given, null, null, null, null, null,
                null, null, null, null, null, null, null),
                java.time.LocalDateTime.of(2026, 1, createdDay, 0, 0), java.time.LocalDateTime.of(2026, 1, updatedDay, 0, 0));
    }

    @ParameterizedTest(name = "{0}: {1} | {2} | {3} -> {4} from {5}")
    @CsvSource(nullValues = "NULL", value = {
            "most-frequent,       Ann,  Anne, Anne,   Anne,   R3",
            "most-frequent,       Ann,  Anne, Ann,    Ann,    R1",
            "most-recent,         Ann,  Anne, Annie,  Ann,    R1",
            "most-recent,         NULL, Anne, Annie,  Annie,  R3",
            "most-trusted-source, Ann,  Anne, Annie,  Anne,   R2",
            "longest,             Ann,  Anne, Annie,  Annie,  R3",
            "longest,             Anne, Ann,  Anna,   Anne,   R1",
            "first-non-empty,     Ann,  Anne, Annie,  Ann,    R1",
            "first-non-empty,     '  ', Anne, Annie,  Anne,   R2",
            "most-trusted-source, NULL, NULL, NULL,   NULL,   NULL",
    })
    void eachRulePicksItsValueAndNamesTheRecord(String rule, String a, String b, String c, String value, String from) {
        Survivorship survivorship = Survivorship.withOverrides(java.util.Map.of("given-name", rule), List.of("LAB", "HOSP"));
        GoldenRecord golden = GoldenRecord.compute(List.of(record(1, "HOSP", a, 1, 5), record(2, "LAB", b, 2, 3),
                record(3, "CLINIC", c, 3, 4)), survivorship);

        GoldenRecord.GoldenField given = golden.fields().get(0);
        assertEquals(value, given.value());
        assertEquals(from, given.recordId());
        if (value != null) {
            assertEquals(rule.toUpperCase().replace('-', '_'), given.rule().name());
            assertEquals(given.recordId(), golden.provenance().get("givenName").recordId());
        } else {
            assertNull(golden.provenance().get("givenName"));
        }
    }

    @Test
    void unknownFieldsAndRulesAreRefusedWithTheirNames() {
        IllegalArgumentException field = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Survivorship.withOverrides(java.util.Map.of("shoeSize", "longest"), List.of()));
        IllegalArgumentException rule = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Survivorship.withOverrides(java.util.Map.of("givenName", "loudest"), List.of()));

        assertEquals(true, field.getMessage().contains("shoeSize"));
        assertEquals(true, rule.getMessage().contains("loudest"));
    }

    @Test
    void changedFieldsNameOnlyTheFieldsWhoseValueChanged() {
        GoldenRecord golden = GoldenRecord.compute(List.of(record(1, "HOSP", "Ann", 1, 1)), Survivorship.defaults());
        List<String> before = new java.util.ArrayList<>(java.util.Collections.nCopies(RecordFields.DEMOGRAPHIC_COUNT, (String) null));

        assertEquals(List.of("givenName"), golden.changedFields(before));
        before.set(0, "Ann");
        assertEquals(List.of(), golden.changedFields(before));
    }
}

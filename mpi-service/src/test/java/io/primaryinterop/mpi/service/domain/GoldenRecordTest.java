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
}

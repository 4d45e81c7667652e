package io.primaryinterop.mpi.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.primaryinterop.mpi.core.record.PatientField;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    private static final ComparisonLevel EXACT = ComparisonLevel.of(new Exact(), 0.9, 0.01);
    private static final ComparisonLevel ELSE = ComparisonLevel.of(new Else(), 0.1, 0.99);

    @Test
    void theTwoArgumentFormReadsTheFieldNamedLikeTheComparison() {
        Comparison comparison = new Comparison("family_name", List.of(ComparisonLevel.nullLevel(), EXACT, ELSE));
        assertEquals(PatientField.FAMILY_NAME, comparison.field());
        assertEquals(3, comparison.levelCount());
    }

    @Test
    void needsNullFirstAndElseLast() {
        assertMessage("null level must be first", () -> new Comparison("given_name", List.of(EXACT, ELSE)));
        assertMessage("else level must be last",
                () -> new Comparison("given_name", List.of(ComparisonLevel.nullLevel(), ELSE, EXACT)));
        assertMessage("null level must be first", () -> new Comparison("given_name",
                List.of(ComparisonLevel.nullLevel(), ComparisonLevel.nullLevel(), ELSE)));
    }

    @Test
    void dateLevelsNeedTheBirthDate() {
        assertMessage("date levels need the field birth_date", () -> new Comparison("given_name",
                List.of(ComparisonLevel.nullLevel(), ComparisonLevel.of(new DateWithinDays(3), 0.5, 0.1), ELSE)));
    }

    @Test
    void namesSwappedNeedsTwoFields() {
        assertMessage("two fields", () -> new Comparison("given_name",
                List.of(ComparisonLevel.nullLevel(), ComparisonLevel.of(new NamesSwapped(), 0.5, 0.1), ELSE)));
    }

    @Test
    void equalsOtherSecondFieldNeedsTwoFields() {
        assertMessage("two fields", () -> new Comparison("given_name",
                List.of(ComparisonLevel.nullLevel(), ComparisonLevel.of(new EqualsOtherSecondField(), 0.5, 0.1), ELSE)));
    }

    @Test
    void anUnknownFieldNameIsAnError() {
        assertMessage("unknown patient field", () -> new Comparison("shoe_size", List.of(ComparisonLevel.nullLevel(), ELSE)));
    }

    @Test
    void withLevelReplacesOneLevel() {
        Comparison comparison = new Comparison("sex", List.of(ComparisonLevel.nullLevel(), EXACT, ELSE));
        Comparison trained = comparison.withLevel(1, EXACT.withM(0.95));
        assertEquals(0.95, trained.level(1).m());
        assertEquals(0.9, comparison.level(1).m());
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable executable) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, executable);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}

package io.primaryinterop.mpi.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LevelConditionTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyConditionRoundTripsThroughJson() throws Exception {
        List<LevelCondition> conditions = List.of(new IsNull(), new Exact(), new JaroWinklerAtLeast(0.92),
                new LevenshteinAtMost(2), new DamerauLevenshteinAtMost(1), new PhoneticEqual(PhoneticAlgorithm.SOUNDEX),
                new NicknameEqual(), new InitialOnly(), new NamesSwapped(), new EqualsOtherSecondField(), new DateExact(), new DateDayMonthTransposed(),
                new DateWithinDays(31), new DateSameYearMonth(), new DateYearOffBy(10), new TokenOverlapAtLeast(0.6),
                new NumericDifferenceAtMost(2.5), new AllOf(List.of(new JaroWinklerAtLeast(0.8),
                        new DamerauLevenshteinAtMost(1))), new Else());
        assertEquals(LevelCondition.class.getPermittedSubclasses().length, conditions.size(), "one of each");
        for (LevelCondition condition : conditions) {
            String text = json.writeValueAsString(condition);
            assertEquals(condition, json.readValue(text, LevelCondition.class), text);
        }
        assertEquals("{\"type\":\"jaro_winkler_at_least\",\"threshold\":0.92}",
                json.writeValueAsString(new JaroWinklerAtLeast(0.92)));
    }

    @Test
    void aWholeComparisonRoundTripsThroughJson() throws Exception {
        Comparison comparison = Comparisons.givenName();
        String text = json.writeValueAsString(comparison);
        assertEquals(comparison, json.readValue(text, Comparison.class));
        assertTrue(text.contains("\"given_name\""), text);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -0.1, 1.01, Double.NaN})
    void similarityThresholdsMustBeInZeroOne(double threshold) {
        assertThrows(IllegalArgumentException.class, () -> new JaroWinklerAtLeast(threshold));
        assertThrows(IllegalArgumentException.class, () -> new TokenOverlapAtLeast(threshold));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void countsMustBePositive(int count) {
        assertThrows(IllegalArgumentException.class, () -> new LevenshteinAtMost(count));
        assertThrows(IllegalArgumentException.class, () -> new DamerauLevenshteinAtMost(count));
        assertThrows(IllegalArgumentException.class, () -> new DateWithinDays(count));
        assertThrows(IllegalArgumentException.class, () -> new DateYearOffBy(count));
    }

    @Test
    void otherParametersAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new NumericDifferenceAtMost(-1));
        assertThrows(IllegalArgumentException.class, () -> new NumericDifferenceAtMost(Double.POSITIVE_INFINITY));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PhoneticEqual(null));
        assertTrue(e.getMessage().contains("SOUNDEX"), e.getMessage());
    }

    @Test
    void allOfIsWrittenAsAListOfConditions() throws Exception {
        AllOf condition = new AllOf(List.of(new JaroWinklerAtLeast(0.8), new DamerauLevenshteinAtMost(1)));
        assertEquals("{\"type\":\"all_of\",\"conditions\":[{\"type\":\"jaro_winkler_at_least\",\"threshold\":0.8},"
                + "{\"type\":\"damerau_levenshtein_at_most\",\"distance\":1}]}", json.writeValueAsString(condition));
        assertEquals("jaro_winkler >= 0.8 and damerau_levenshtein <= 1", condition.describe());
    }

    @Test
    void allOfNeedsTwoStringConditions() {
        assertThrows(IllegalArgumentException.class, () -> new AllOf(List.of(new JaroWinklerAtLeast(0.8))));
        assertThrows(IllegalArgumentException.class, () -> new AllOf(null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new AllOf(List.of(new JaroWinklerAtLeast(0.8), new DateWithinDays(3))));
        assertTrue(e.getMessage().contains("within 3 days"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new AllOf(List.of(new Exact(), new Else())));
    }

    @Test
    void onlyDateConditionsCompareDates() {
        assertTrue(new DateWithinDays(3).comparesDates());
        assertEquals(false, new Exact().comparesDates());
    }
}

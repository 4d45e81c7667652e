package io.primaryinterop.mpi.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComparisonLevelTest {

    @ParameterizedTest
    @CsvSource({"0.9,0.1,3.169925001", "0.5,0.5,0.0", "0.05,0.8,-4.0", "1.0,0.001,9.965784285"})
    void matchWeightIsLog2OfMOverU(double m, double u, double expected) {
        assertEquals(expected, ComparisonLevel.of(new Exact(), m, u).matchWeight(), 1e-9);
    }

    @Test
    void theNullLevelWeighsNothing() {
        assertEquals(0.0, new ComparisonLevel("null", new IsNull(), 0.2, 0.9, false).matchWeight());
        assertEquals(0.0, ComparisonLevel.nullLevel().matchWeight(0.5));
    }

    @Test
    void termFrequencyReplacesUForAdjustedLevels() {
        ComparisonLevel adjusted = new ComparisonLevel("exact", new Exact(), 0.8, 0.01, true);
        assertEquals(Math.log(0.8 / 0.001) / Math.log(2), adjusted.matchWeight(0.001), 1e-12);
        assertTrue(adjusted.matchWeight(0.0001) > adjusted.matchWeight(0.05), "rare values weigh more");
        ComparisonLevel plain = ComparisonLevel.of(new Exact(), 0.8, 0.01);
        assertEquals(plain.matchWeight(), plain.matchWeight(0.001));
    }

    @ParameterizedTest
    @CsvSource({"0.0,0.5,m must be in (0,1]", "1.2,0.5,m must be in (0,1]", "0.5,0.0,u must be in (0,1]",
        "0.5,NaN,u must be in (0,1]"})
    void rejectsProbabilitiesOutsideZeroOne(double m, double u, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ComparisonLevel("exact", new Exact(), m, u, false));
        assertTrue(e.getMessage().contains(message) && e.getMessage().contains("exact"), e.getMessage());
    }

    @Test
    void termFrequencyAdjustmentOnlyOnExactLevels() {
        assertThrows(IllegalArgumentException.class,
                () -> new ComparisonLevel(null, new JaroWinklerAtLeast(0.9), 0.5, 0.1, true));
    }

    @Test
    void aBlankLabelDefaultsToTheCondition() {
        assertEquals("jaro_winkler >= 0.9", new ComparisonLevel(" ", new JaroWinklerAtLeast(0.9), 0.5, 0.1, false).label());
    }

    @Test
    void withersKeepTheRest() {
        ComparisonLevel level = ComparisonLevel.of(new Exact(), 0.8, 0.01).withM(0.7).withU(0.02);
        assertEquals(0.7, level.m());
        assertEquals(0.02, level.u());
        assertTrue(level.withTermFrequencyAdjustment(true).termFrequencyAdjusted());
    }
}

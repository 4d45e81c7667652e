package io.primaryinterop.mpi.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatchWeightsTest {

    @ParameterizedTest
    @CsvSource({"0,0.5", "1,0.6666666667", "-1,0.3333333333", "2000,1.0", "-2000,0.0"})
    void probabilityOfWeight(double weight, double probability) {
        assertEquals(probability, MatchWeights.probability(weight), 1e-9);
    }

    @ParameterizedTest
    @CsvSource({"0.9,0.1,3.1699250014", "0.5,0.5,0", "0,0.5,-28.8973528540"})
    void levelWeightIsLog2OfMOverU(double m, double u, double weight) {
        assertEquals(weight, MatchWeights.levelWeight(m, u), 1e-9);
    }

    @Property
    void weightAndProbabilityAreInverse(@ForAll @DoubleRange(min = -30, max = 30) double weight) {
        double p = MatchWeights.probability(weight);
        assertTrue(p > 0 && p < 1);
        assertEquals(weight, MatchWeights.weightOfProbability(p), 1e-4);
    }
}

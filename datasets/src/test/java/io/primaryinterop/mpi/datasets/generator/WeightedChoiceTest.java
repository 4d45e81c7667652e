package io.primaryinterop.mpi.datasets.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WeightedChoiceTest {

    @Test
    void drawsInProportionToWeight() {
        WeightedChoice<String> choice = WeightedChoice.of(List.of("a", "b", "c"), new double[] {1, 0, 3});
        SplittableRandom random = new SplittableRandom(7);
        int[] counts = new int[3];
        for (int i = 0; i < 40_000; i++) {
            counts[List.of("a", "b", "c").indexOf(choice.draw(random))]++;
        }
        assertEquals(0, counts[1], "a zero-weight item is never drawn");
        assertEquals(0.25, counts[0] / 40_000.0, 0.01);
        assertEquals(0.75, choice.probability(2), 1e-12);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1.0, Double.NaN, Double.POSITIVE_INFINITY})
    void rejectsInvalidWeights(double bad) {
        assertThrows(IllegalArgumentException.class, () -> WeightedChoice.of(List.of("a", "b"), new double[] {1, bad}));
    }

    @Test
    void rejectsAllZeroAndMismatchedLengths() {
        assertThrows(IllegalArgumentException.class, () -> WeightedChoice.of(List.of("a"), new double[] {0}));
        assertThrows(IllegalArgumentException.class, () -> WeightedChoice.of(List.of("a"), new double[] {1, 2}));
    }
}

package io.primaryinterop.mpi.core.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GammaPatternTest {

    @Property
    void packThenUnpackRestoresTheLevels(@ForAll @Size(max = 16) java.util.List<@IntRange(min = 0, max = 15) Integer> levels) {
        int[] array = levels.stream().mapToInt(Integer::intValue).toArray();
        assertArrayEquals(array, GammaPattern.unpack(GammaPattern.pack(array), array.length));
    }

    @ParameterizedTest
    @CsvSource({"0,3,3", "1,5,80", "15,15,-1152921504606846976"})
    void levelsSitFourBitsApart(int comparison, int level, long expected) {
        assertEquals(expected, GammaPattern.with(0L, comparison, level));
    }

    @ParameterizedTest
    @CsvSource({"-1", "16"})
    void levelOutsideFourBitsIsRejected(int level) {
        assertThrows(IllegalArgumentException.class, () -> GammaPattern.pack(level));
    }
}

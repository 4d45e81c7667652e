package io.primaryinterop.mpi.datasets.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyboardLayoutTest {

    @ParameterizedTest
    @CsvSource({"s,awedxz", "g,ftyhbv", "q,w12a", "m,njk", "S,AWEDXZ", "5,4rt6"})
    void neighboursAreTheKeysAround(char key, String expected) {
        assertArrayEquals(expected.chars().sorted().toArray(),
                new String(KeyboardLayout.neighbours(key)).chars().sorted().toArray());
    }

    @Property
    void neighbourhoodIsSymmetric(@ForAll @CharRange(from = 'a', to = 'z') char key) {
        for (char near : KeyboardLayout.neighbours(key)) {
            if (Character.isLetter(near)) {
                assertTrue(new String(KeyboardLayout.neighbours(near)).indexOf(key) >= 0, key + " near " + near);
            }
        }
    }
}

package io.primaryinterop.mpi.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.apache.commons.text.similarity.DamerauLevenshteinDistance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DamerauLevenshteinTest {

    private final DamerauLevenshtein damerau = new DamerauLevenshtein();

    @ParameterizedTest
    @CsvSource({"MARTHA,MARHTA,1", "KITTEN,SITTING,3", "CA,ABC,3", "1972-03-13,1972-03-31,1", "'',AB,2", "AB,BA,1"})
    void countsAnAdjacentSwapAsOneEdit(String a, String b, int expected) {
        assertEquals(expected, damerau.distance(a, b));
    }

    @ParameterizedTest
    @CsvSource({"MARTHA,MARHTA,1,1", "ABCDEF,BADCFE,2,-1", "ABCDEF,BADCFE,3,3"})
    void stopsEarlyBeyondTheLimit(String a, String b, int max, int expected) {
        assertEquals(expected, damerau.distanceAtMost(a, b, max));
    }

    @Property(tries = 2000)
    void equalsCommonsTextWithAndWithoutLimit(@ForAll @CharRange(from = 'A', to = 'D') @StringLength(max = 30) String a,
            @ForAll @CharRange(from = 'A', to = 'D') @StringLength(max = 30) String b,
            @ForAll @IntRange(min = 0, max = 5) int max) {
        assertEquals(new DamerauLevenshteinDistance().apply(a, b), damerau.distance(a, b));
        assertEquals(new DamerauLevenshteinDistance(max).apply(a, b), damerau.distanceAtMost(a, b, max));
    }

    @Property
    void neverExceedsLevenshtein(@ForAll @CharRange(from = 'A', to = 'C') String a,
            @ForAll @CharRange(from = 'A', to = 'C') String b) {
        int levenshtein = new Levenshtein().distance(a, b);
        int damerauDistance = damerau.distance(a, b);
        assertEquals(true, damerauDistance <= levenshtein, damerauDistance + " > " + levenshtein);
    }
}

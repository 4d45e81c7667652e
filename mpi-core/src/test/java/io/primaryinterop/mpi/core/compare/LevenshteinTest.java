package io.primaryinterop.mpi.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LevenshteinTest {

    private final Levenshtein levenshtein = new Levenshtein();

    @ParameterizedTest
    @CsvSource({"KITTEN,SITTING,3", "MARTHA,MARHTA,2", "SMITH,SMYTH,1", "'',ABC,3", "ABC,'',3", "'','',0", "SAME,SAME,0"})
    void countsInsertionsDeletionsAndSubstitutions(String a, String b, int expected) {
        assertEquals(expected, levenshtein.distance(a, b));
    }

    @ParameterizedTest
    @CsvSource({"KITTEN,SITTING,2,-1", "KITTEN,SITTING,3,3", "SMITH,SMYTH,1,1", "A,ABCD,2,-1", "JOHN,JON,1,1"})
    void stopsEarlyBeyondTheLimit(String a, String b, int max, int expected) {
        assertEquals(expected, levenshtein.distanceAtMost(a, b, max));
    }

    @ParameterizedTest
    @CsvSource({"SMITH,SMYTH,0.8", "'','',1.0", "ABC,XYZ,0.0"})
    void similarityIsOneMinusDistanceOverLongerLength(String a, String b, double expected) {
        assertEquals(expected, levenshtein.similarity(a, b), 1e-12);
    }

    @Property(tries = 2000)
    void equalsCommonsTextWithAndWithoutLimit(@ForAll @CharRange(from = 'A', to = 'E') @StringLength(max = 40) String a,
            @ForAll @CharRange(from = 'A', to = 'E') @StringLength(max = 40) String b,
            @ForAll @IntRange(min = 0, max = 6) int max) {
        assertEquals(LevenshteinDistance.getDefaultInstance().apply(a, b), levenshtein.distance(a, b));
        assertEquals(new LevenshteinDistance(max).apply(a, b), levenshtein.distanceAtMost(a, b, max));
    }

    @Property
    void isSymmetric(@ForAll @CharRange(from = 'A', to = 'D') String a, @ForAll @CharRange(from = 'A', to = 'D') String b) {
        assertEquals(levenshtein.distance(a, b), levenshtein.distance(b, a));
    }
}

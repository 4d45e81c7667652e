package io.primaryinterop.mpi.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JaroWinklerTest {

    private static final JaroWinklerSimilarity REFERENCE = new JaroWinklerSimilarity();
    private final JaroWinkler jaroWinkler = new JaroWinkler();

    @ParameterizedTest
    @CsvSource({
        "MARTHA,MARHTA,0.9611111111", "DWAYNE,DUANE,0.84", "DIXON,DICKSONX,0.8133333333", "JONES,JOHNSON,0.8323809524",
        "SMITH,SMITH,1.0", "'',ABC,0.0", "'','',1.0", "A,B,0.0", "ABC,CBA,0.5555555556", "CATHERINE,KATHERINE,0.9259259259"
    })
    void matchesKnownValues(String a, String b, double expected) {
        assertEquals(expected, jaroWinkler.similarity(a, b), 1e-9);
    }

    @Property(tries = 2000)
    void equalsCommonsTextOnNameLikeStrings(@ForAll @CharRange(from = 'A', to = 'H') @StringLength(max = 12) String a,
            @ForAll @CharRange(from = 'A', to = 'H') @StringLength(max = 12) String b) {
        assertEquals(REFERENCE.apply(a, b), jaroWinkler.similarity(a, b), 0.0);
    }

    @Property(tries = 500)
    void equalsCommonsTextOnAnyStringsIncludingLongOnes(@ForAll @StringLength(max = 90) String a,
            @ForAll @StringLength(max = 90) String b) {
        assertEquals(REFERENCE.apply(a, b), jaroWinkler.similarity(a, b), 0.0);
    }

    @Property(tries = 3000)
    void upperBoundIsNeverBelowTheSimilarity(@ForAll @CharRange(from = 'A', to = 'J') @CharRange(from = ' ', to = ' ')
            @StringLength(max = 70) String a, @ForAll @CharRange(from = 'A', to = 'J') @StringLength(max = 12) String b) {
        double bound = jaroWinkler.upperBound(a, JaroWinkler.characterMask(a), b, JaroWinkler.characterMask(b));
        assertTrue(bound >= jaroWinkler.similarity(a, b), bound + " < " + jaroWinkler.similarity(a, b));
    }

    @Property
    void upperBoundHoldsForAnyCharacters(@ForAll String a, @ForAll String b) {
        double bound = jaroWinkler.upperBound(a, JaroWinkler.characterMask(a), b, JaroWinkler.characterMask(b));
        assertTrue(bound >= jaroWinkler.similarity(a, b));
    }

    @ParameterizedTest
    @CsvSource({"JAMES,ROBERT,0.4555555556", "SMITH,SMITH,1.0", "SMITH,SMYTH,0.8933333333"})
    void upperBoundRejectsUnrelatedNamesCheaply(String a, String b, double expected) {
        assertEquals(expected, jaroWinkler.upperBound(a, JaroWinkler.characterMask(a), b, JaroWinkler.characterMask(b)), 1e-9);
    }

    @Property
    void isSymmetricAndWithinZeroAndOne(@ForAll @CharRange(from = 'A', to = 'F') String a,
            @ForAll @CharRange(from = 'A', to = 'F') String b) {
        double similarity = jaroWinkler.similarity(a, b);
        assertTrue(similarity >= 0 && similarity <= 1, "in [0,1]: " + similarity);
        assertEquals(similarity, jaroWinkler.similarity(b, a), 1e-12);
    }
}

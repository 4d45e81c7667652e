package io.primaryinterop.mpi.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenOverlapTest {

    private final TokenOverlap overlap = new TokenOverlap();

    @ParameterizedTest
    @CsvSource({
        "12 MAIN ST,12 MAIN STREET,0.5", "APT 3 12 MAIN ST,12 MAIN ST APT 3,1.0", "12 MAIN ST,14 OAK AVE,0.0",
        "12 MAIN ST,12 MAIN ST,1.0", "MAIN MAIN ST,MAIN ST,1.0"
    })
    void isTheShareOfDistinctWordsInCommon(String a, String b, double expected) {
        assertEquals(expected, overlap.similarity(a, b), 1e-12);
    }

    @Property
    void tokenIdFormAgreesWithStringForm(@ForAll @CharRange(from = 'A', to = 'D') @CharRange(from = ' ', to = ' ') String a,
            @ForAll @CharRange(from = 'A', to = 'D') @CharRange(from = ' ', to = ' ') String b) {
        String[] left = TokenOverlap.distinctSorted(a);
        String[] right = TokenOverlap.distinctSorted(b);
        java.util.Map<String, Integer> ids = new java.util.HashMap<>();
        int[] leftIds = java.util.Arrays.stream(left).mapToInt(t -> ids.computeIfAbsent(t, k -> ids.size())).sorted().toArray();
        int[] rightIds = java.util.Arrays.stream(right).mapToInt(t -> ids.computeIfAbsent(t, k -> ids.size())).sorted().toArray();
        assertEquals(overlap.similarity(a, b), TokenOverlap.share(leftIds, rightIds), 1e-12);
        assertEquals(overlap.similarity(a, b), overlap.similarity(b, a), 1e-12);
    }
}

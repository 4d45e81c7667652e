package io.primaryinterop.mpi.service.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.primaryinterop.mpi.service.engine.PairMatch;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Candidate persons are ranked by probability, then weight, then age (row id); never by their random enterprise id. */
class CandidateRankingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // case | a: row id, enterprise id, probability, weight | b: the same | first
            "higher probability first          | 2, aaaa, 0.99, 20 | 1, bbbb, 0.90, 25 | 2",
            "then the higher weight            | 2, aaaa, 0.99, 21 | 1, bbbb, 0.99, 20 | 2",
            "an exact tie: the older person    | 2, aaaa, 0.99, 20 | 1, bbbb, 0.99, 20 | 1",
            "whatever the enterprise ids say   | 1, zzzz, 0.99, 20 | 2, aaaa, 0.99, 20 | 1",
    })
    void personsAreRanked(String behaviour, String a, String b, long first) {
        List<ScoredPerson> ranked = new ArrayList<>(List.of(person(b), person(a)));

        ranked.sort(CandidateFinder.RANKING);

        assertEquals(first, ranked.get(0).personRowId(), behaviour);
    }

    private static ScoredPerson person(String spec) {
        String[] f = spec.split(",");
        return new ScoredPerson(Long.parseLong(f[0].trim()), f[1].trim(),
                new PairMatch(Double.parseDouble(f[3].trim()), Double.parseDouble(f[2].trim()), List.of(), null));
    }
}

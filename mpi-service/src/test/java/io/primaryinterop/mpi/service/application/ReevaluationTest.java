package io.primaryinterop.mpi.service.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.primaryinterop.mpi.service.domain.Decision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReevaluationTest {

    @ParameterizedTest(name = "{0} {1} -> {2} {3}: changed {4}")
    @CsvSource({
            "P1, LINKED,     P1, LINKED,     false",
            "P1, NEW_PERSON, P1, LINKED,     false",   // the first record of a person, confirmed
            "P1, NEW_PERSON, P1, NEW_PERSON, false",
            "P1, LINKED,     P1, NEW_PERSON, true",    // its partner left: alone now
            "P1, LINKED,     P1, REVIEW,     true",
            "P1, REVIEW,     P1, LINKED,     true",
            "P1, LINKED,     P2, LINKED,     true",
            "P1, NEW_PERSON, P2, NEW_PERSON, true",
    })
    void aChangeIsAnotherPersonOrAnotherDecisionButNotAFirstRecordConfirmed(String before, Decision decisionBefore,
                                                                              String after, Decision decisionAfter,
                                                                              boolean changed) {
        assertEquals(changed, new Reevaluation(1, "S", "R", before, decisionBefore, after, decisionAfter, false).changed());
    }
}

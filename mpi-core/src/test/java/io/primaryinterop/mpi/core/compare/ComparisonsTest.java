package io.primaryinterop.mpi.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.primaryinterop.mpi.core.record.PatientField;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ComparisonsTest {

    @Property
    void startingMAndUSumToOneAndWeightsFallFromExactToElse(@ForAll("standard") Comparison comparison) {
        double m = 0;
        double u = 0;
        for (int i = 1; i < comparison.levelCount(); i++) {
            m += comparison.level(i).m();
            u += comparison.level(i).u();
        }
        assertEquals(1.0, m, 1e-9, comparison.name());
        assertEquals(1.0, u, 1e-9, comparison.name());
        assertTrue(comparison.level(1).matchWeight() > 0, comparison.name() + ": agreement is evidence for a match");
        assertTrue(comparison.level(comparison.levelCount() - 1).matchWeight() < 0, comparison.name() + ": else is against");
    }

    @Provide
    Arbitrary<Comparison> standard() {
        return Arbitraries.of(Comparisons.standardPatientComparisons());
    }

    @Test
    void comparisonsAreNamedAfterTheirField() {
        for (Comparison comparison : Comparisons.standardPatientComparisons()) {
            assertEquals(comparison.name(), comparison.field().column());
        }
        assertEquals(PatientField.FAMILY_NAME, Comparisons.givenName().fields().get(1), "for names swapped");
    }

    @Test
    void levelsLeaveRoomForElse() {
        assertThrows(IllegalArgumentException.class,
                () -> Comparisons.levels(Comparisons.level(new Exact(), 0.7, 0.1), Comparisons.level(new InitialOnly(), 0.3, 0.1)));
    }
}

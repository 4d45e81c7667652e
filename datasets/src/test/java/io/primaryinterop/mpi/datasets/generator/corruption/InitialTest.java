package io.primaryinterop.mpi.datasets.generator.corruption;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.primaryinterop.mpi.core.record.PatientField;
import io.primaryinterop.mpi.datasets.generator.RecordDraft;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class InitialTest {

    @Property(tries = 100)
    void cutsTheGivenOrMiddleNameToItsInitial(@ForAll long seed) {
        RecordDraft record = Drafts.draft();
        new Initial().apply(record, new SplittableRandom(seed));
        String given = record.get(PatientField.GIVEN_NAME);
        String middle = record.get(PatientField.MIDDLE_NAME);
        boolean givenCut = given.equals("M") || given.equals("M.");
        boolean middleCut = middle.equals("A") || middle.equals("A.");
        assertTrue(givenCut ^ middleCut, given + " " + middle);
    }
}

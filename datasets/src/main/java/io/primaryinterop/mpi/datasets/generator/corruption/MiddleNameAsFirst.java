package io.primaryinterop.mpi.datasets.generator.corruption;

import io.primaryinterop.mpi.core.record.PatientField;
import io.primaryinterop.mpi.datasets.generator.Corruption;
import io.primaryinterop.mpi.datasets.generator.RecordDraft;
import java.util.SplittableRandom;

/** A person who goes by the middle name: it is written as the given name, the first name moves to middle or is lost. */
public final class MiddleNameAsFirst implements Corruption {

    @Override
    public void apply(RecordDraft record, SplittableRandom random) {
        String middle = record.get(PatientField.MIDDLE_NAME);
        if (middle.isEmpty()) {
            return;
        }
        String given = record.get(PatientField.GIVEN_NAME);
        record.set(PatientField.GIVEN_NAME, middle);
        record.set(PatientField.MIDDLE_NAME, random.nextBoolean() ? given : "");
    }
}

package io.primaryinterop.mpi.datasets.generator.corruption;

import io.primaryinterop.mpi.core.record.PatientField;
import io.primaryinterop.mpi.datasets.generator.Corruption;
import io.primaryinterop.mpi.datasets.generator.RecordDraft;
import java.util.SplittableRandom;

/** A given or middle name cut to its initial, with or without a full stop ("J." or "J"). */
public final class Initial implements Corruption {

    @Override
    public void apply(RecordDraft record, SplittableRandom random) {
        PatientField field = !record.isEmpty(PatientField.MIDDLE_NAME) && random.nextBoolean()
                ? PatientField.MIDDLE_NAME : PatientField.GIVEN_NAME;
        String value = record.get(field);
        if (value.length() < 2) {
            return;
        }
        record.set(field, value.charAt(0) + (random.nextBoolean() ? "." : ""));
    }
}

package io.primaryinterop.mpi.datasets.generator.corruption;

import io.primaryinterop.mpi.core.record.PatientField;
import io.primaryinterop.mpi.datasets.generator.Corruption;
import io.primaryinterop.mpi.datasets.generator.RecordDraft;
import java.util.SplittableRandom;

/** Given and family name entered in each other's box. */
public final class GivenFamilySwap implements Corruption {

    @Override
    public void apply(RecordDraft record, SplittableRandom random) {
        String given = record.get(PatientField.GIVEN_NAME);
        record.set(PatientField.GIVEN_NAME, record.get(PatientField.FAMILY_NAME));
        record.set(PatientField.FAMILY_NAME, given);
    }
}

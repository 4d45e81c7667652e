package io.primaryinterop.mpi.datasets.generator.corruption;

import io.primaryinterop.mpi.core.record.PatientField;
import io.primaryinterop.mpi.datasets.generator.Corruption;
import io.primaryinterop.mpi.datasets.generator.RecordDraft;
import java.util.SplittableRandom;

/**
 * A placeholder typed where the value was not known: UNKNOWN for a name, 1900-01-01 for a birth date,
 * 000-00-0000 or 999-99-9999 for a national id, 000-000-0000 for a phone. A matcher must not treat two
 * placeholders as agreement.
 */
public final class PlaceholderValue implements Corruption {

    @Override
    public void apply(RecordDraft record, SplittableRandom random) {
        switch (random.nextInt(5)) {
            case 0 -> record.set(PatientField.GIVEN_NAME, "UNKNOWN");
            case 1 -> record.set(PatientField.BIRTH_DATE, "1900-01-01");
            case 2 -> record.set(PatientField.NATIONAL_ID, random.nextBoolean() ? "000-00-0000" : "999-99-9999");
            case 3 -> record.set(PatientField.PHONE, "000-000-0000");
            default -> record.set(PatientField.FAMILY_NAME, "UNKNOWN");
        }
    }
}

package io.primaryinterop.mpi.datasets.generator.corruption;

import io.primaryinterop.mpi.core.record.PatientField;
import io.primaryinterop.mpi.datasets.generator.Corruption;
import io.primaryinterop.mpi.datasets.generator.RecordDraft;
import java.util.SplittableRandom;

/** One more field left empty than the source usually leaves (a skipped box on the form). */
public final class MissingValue implements Corruption {

    // weighted towards what registration clerks skip: contact details more than names
    private static final PatientField[] FIELDS = {PatientField.PHONE, PatientField.PHONE, PatientField.ADDRESS_LINE,
            PatientField.ADDRESS_LINE, PatientField.POSTAL_CODE, PatientField.CITY, PatientField.NATIONAL_ID,
            PatientField.NATIONAL_ID, PatientField.EMAIL, PatientField.MIDDLE_NAME, PatientField.SEX,
            PatientField.BIRTH_DATE, PatientField.GIVEN_NAME};

    @Override
    public void apply(RecordDraft record, SplittableRandom random) {
        PatientField field = FieldPicker.nonEmpty(record, FIELDS, random);
        if (field != null) {
            record.set(field, "");
        }
    }
}

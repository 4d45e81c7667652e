package io.primaryinterop.mpi.datasets.generator.corruption;

import io.primaryinterop.mpi.core.record.PatientField;
import io.primaryinterop.mpi.datasets.generator.Corruption;
import io.primaryinterop.mpi.datasets.generator.RecordDraft;
import java.util.SplittableRandom;
import java.util.List;

/** A scanned form read wrongly: one character sequence replaced by one a scanner confuses it with (rn -> m, 0 -> O). */
public final class OcrError implements Corruption {

    private static final PatientField[] FIELDS = {PatientField.GIVEN_NAME, PatientField.FAMILY_NAME,
            PatientField.ADDRESS_LINE, PatientField.POSTAL_CODE, PatientField.NATIONAL_ID, PatientField.BIRTH_DATE};

    private final List<String[]> confusions;

    public OcrError(List<String[]> confusions) {
        if (confusions.isEmpty()) {
            throw new IllegalArgumentException("OCR error needs at least one confusion pair");
        }
        this.confusions = List.copyOf(confusions);
    }

    @Override
    public void apply(RecordDraft record, SplittableRandom random) {
        PatientField field = FieldPicker.nonEmpty(record, FIELDS, random);
        if (field == null) {
            return;
        }
        String value = record.get(field);
        int start = random.nextInt(confusions.size());
        for (int k = 0; k < confusions.size(); k++) {
            String[] pair = confusions.get((start + k) % confusions.size());
            int at = value.indexOf(pair[0]);
            if (at >= 0) {
                record.set(field, Texts.replace(value, at, pair[0].length(), pair[1]));
                return;
            }
        }
    }
}

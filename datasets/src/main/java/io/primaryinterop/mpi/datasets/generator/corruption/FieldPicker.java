package io.primaryinterop.mpi.datasets.generator.corruption;

import io.primaryinterop.mpi.core.record.PatientField;
import io.primaryinterop.mpi.datasets.generator.RecordDraft;
import java.util.SplittableRandom;

/** Picks one of a few fields that has a value, so an error lands on something that was written. */
final class FieldPicker {

    private FieldPicker() {
    }

    /** A random non-empty field among the given ones, or null when all are empty. */
    static PatientField nonEmpty(RecordDraft record, PatientField[] fields, SplittableRandom random) {
        int start = random.nextInt(fields.length);
        for (int i = 0; i < fields.length; i++) {
            PatientField field = fields[(start + i) % fields.length];
            if (!record.isEmpty(field)) {
                return field;
            }
        }
        return null;
    }
}

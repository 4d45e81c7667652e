package io.primaryinterop.mpi.datasets.generator.corruption;

import io.primaryinterop.mpi.core.record.PatientField;
import io.primaryinterop.mpi.datasets.generator.Corruption;
import io.primaryinterop.mpi.datasets.generator.RecordDraft;
import java.util.SplittableRandom;
import java.util.Locale;

/**
 * Formatting noise: names and address all upper or all lower case, punctuation dropped (O'Neil -> ONeil,
 * St. Louis -> St Louis, hyphen -> space), or stray spaces.
 */
public final class CaseAndPunctuation implements Corruption {

    private static final PatientField[] TEXT = {PatientField.GIVEN_NAME, PatientField.MIDDLE_NAME,
            PatientField.FAMILY_NAME, PatientField.ADDRESS_LINE, PatientField.CITY};

    @Override
    public void apply(RecordDraft record, SplittableRandom random) {
        double kind = random.nextDouble();
        for (PatientField field : TEXT) {
            String value = record.get(field);
            if (value.isEmpty()) {
                continue;
            }
            String changed;
            if (kind < 0.35) {
                changed = value.toUpperCase(Locale.ROOT);
            } else if (kind < 0.55) {
                changed = value.toLowerCase(Locale.ROOT);
            } else if (kind < 0.85) {
                changed = value.replace("'", "").replace(".", "").replace(",", "").replace('-', ' ');
            } else {
                changed = field == PatientField.FAMILY_NAME ? " " + value.replace(" ", "  ") + " " : value;
            }
            record.set(field, changed);
        }
    }
}

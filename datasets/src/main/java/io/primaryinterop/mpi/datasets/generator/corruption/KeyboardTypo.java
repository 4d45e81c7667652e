package io.primaryinterop.mpi.datasets.generator.corruption;

import io.primaryinterop.mpi.core.record.PatientField;
import io.primaryinterop.mpi.datasets.generator.Corruption;
import io.primaryinterop.mpi.datasets.generator.RecordDraft;
import java.util.SplittableRandom;
import io.primaryinterop.mpi.datasets.generator.KeyboardLayout;

/**
 * A slip on the keyboard in a name or the address: a neighbouring key instead of the right one, a letter
 * dropped, a neighbouring key pressed as well, or two letters swapped.
 */
public final class KeyboardTypo implements Corruption {

    // names twice: clerks type names more than anything else
    private static final PatientField[] FIELDS = {PatientField.GIVEN_NAME, PatientField.FAMILY_NAME,
            PatientField.GIVEN_NAME, PatientField.FAMILY_NAME, PatientField.ADDRESS_LINE, PatientField.CITY};

    @Override
    public void apply(RecordDraft record, SplittableRandom random) {
        PatientField field = FieldPicker.nonEmpty(record, FIELDS, random);
        if (field == null) {
            return;
        }
        String value = record.get(field);
        int i = Texts.randomLetter(value, random);
        if (i < 0) {
            return;
        }
        char c = value.charAt(i);
        char[] near = KeyboardLayout.neighbours(c);
        double kind = random.nextDouble();
        String typed;
        if (kind < 0.5 && near.length > 0) {
            typed = Texts.replace(value, i, 1, String.valueOf(near[random.nextInt(near.length)]));
        } else if (kind < 0.7 && value.length() > 2) {
            typed = Texts.replace(value, i, 1, "");
        } else if (kind < 0.85 && near.length > 0) {
            typed = Texts.replace(value, i, 1, c + String.valueOf(near[random.nextInt(near.length)]));
        } else if (i + 1 < value.length() && value.charAt(i + 1) != c) {
            typed = Texts.replace(value, i, 2, "" + value.charAt(i + 1) + c);
        } else {
            typed = near.length > 0 ? Texts.replace(value, i, 1, String.valueOf(near[0])) : value;
        }
        record.set(field, typed);
    }
}

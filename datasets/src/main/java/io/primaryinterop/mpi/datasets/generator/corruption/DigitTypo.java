package io.primaryinterop.mpi.datasets.generator.corruption;

import io.primaryinterop.mpi.core.record.PatientField;
import io.primaryinterop.mpi.datasets.generator.Corruption;
import io.primaryinterop.mpi.datasets.generator.RecordDraft;
import java.util.SplittableRandom;

/**
 * One wrong digit in an identifier (national id, ZIP code or phone): a digit replaced by another, or two
 * adjacent digits swapped. The formatting (dashes, brackets) is kept.
 */
public final class DigitTypo implements Corruption {

    private final PatientField field;

    public DigitTypo(PatientField field) {
        this.field = field;
    }

    @Override
    public void apply(RecordDraft record, SplittableRandom random) {
        String value = record.get(field);
        int at = Texts.randomDigit(value, random);
        if (at < 0) {
            return;
        }
        if (random.nextDouble() < 0.3) {
            int next = nextDigit(value, at);
            if (next > 0 && value.charAt(next) != value.charAt(at)) {
                char[] chars = value.toCharArray();
                chars[at] = value.charAt(next);
                chars[next] = value.charAt(at);
                record.set(field, new String(chars));
                return;
            }
        }
        record.set(field, Texts.replace(value, at, 1, String.valueOf(Texts.otherDigit(value.charAt(at), random))));
    }

    private static int nextDigit(String value, int from) {
        for (int i = from + 1; i < value.length(); i++) {
            if (Texts.isDigit(value.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}

package io.primaryinterop.mpi.datasets.generator.corruption;

import io.primaryinterop.mpi.core.record.PatientField;
import io.primaryinterop.mpi.datasets.generator.Corruption;
import io.primaryinterop.mpi.datasets.generator.RecordDraft;
import java.util.SplittableRandom;

/** Only one part of a hyphenated family name written (Boyd-Brooks -> Brooks), or the hyphen as a space. */
public final class HyphenatedSurnamePart implements Corruption {

    @Override
    public void apply(RecordDraft record, SplittableRandom random) {
        String family = record.get(PatientField.FAMILY_NAME);
        int hyphen = family.indexOf('-');
        if (hyphen <= 0 || hyphen == family.length() - 1) {
            return;
        }
        double kind = random.nextDouble();
        String written = kind < 0.45 ? family.substring(0, hyphen)
                : kind < 0.9 ? family.substring(hyphen + 1)
                : family.replace('-', ' ');
        record.set(PatientField.FAMILY_NAME, written);
    }
}

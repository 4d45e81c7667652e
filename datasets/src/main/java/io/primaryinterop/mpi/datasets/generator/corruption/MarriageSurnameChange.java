package io.primaryinterop.mpi.datasets.generator.corruption;

import io.primaryinterop.mpi.core.record.PatientField;
import io.primaryinterop.mpi.datasets.generator.Corruption;
import io.primaryinterop.mpi.datasets.generator.RecordDraft;
import java.util.SplittableRandom;
import io.primaryinterop.mpi.datasets.generator.WeightedChoice;

/**
 * A family name changed at marriage: a woman born before {@value #LATEST_BIRTH_YEAR} recorded under a new
 * surname, sometimes joined to the old one with a hyphen.
 */
public final class MarriageSurnameChange implements Corruption {

    static final int LATEST_BIRTH_YEAR = 2005;

    private final WeightedChoice<String> surnames;

    public MarriageSurnameChange(WeightedChoice<String> surnames) {
        this.surnames = surnames;
    }

    @Override
    public void apply(RecordDraft record, SplittableRandom random) {
        String family = record.get(PatientField.FAMILY_NAME);
        if (record.person().sex() != 'F' || record.person().birthDate().getYear() > LATEST_BIRTH_YEAR || family.isEmpty()) {
            return;
        }
        String spouse = surnames.draw(random);
        if (spouse.equalsIgnoreCase(family)) {
            return;
        }
        String married = random.nextDouble() < 0.15 ? family + "-" + spouse : spouse;
        record.set(PatientField.FAMILY_NAME, Texts.recase(married, family));
    }
}

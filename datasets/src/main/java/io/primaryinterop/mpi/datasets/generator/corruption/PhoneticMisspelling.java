package io.primaryinterop.mpi.datasets.generator.corruption;

import io.primaryinterop.mpi.core.record.PatientField;
import io.primaryinterop.mpi.datasets.generator.Corruption;
import io.primaryinterop.mpi.datasets.generator.RecordDraft;
import java.util.SplittableRandom;
import io.primaryinterop.mpi.datasets.generator.PhoneticRule;
import java.util.List;
import java.util.Locale;

/** A name written as it sounds (Steven -> Stephen, Smith -> Smyth, Catherine -> Katherine). */
public final class PhoneticMisspelling implements Corruption {

    private static final PatientField[] FIELDS = {PatientField.GIVEN_NAME, PatientField.FAMILY_NAME};

    private final List<PhoneticRule> rules;

    public PhoneticMisspelling(List<PhoneticRule> rules) {
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("phonetic misspelling needs at least one rule");
        }
        this.rules = List.copyOf(rules);
    }

    @Override
    public void apply(RecordDraft record, SplittableRandom random) {
        PatientField field = FieldPicker.nonEmpty(record, FIELDS, random);
        if (field == null) {
            return;
        }
        String value = record.get(field);
        String lower = value.toLowerCase(Locale.ROOT);
        int start = random.nextInt(rules.size());
        for (int k = 0; k < rules.size(); k++) {
            PhoneticRule rule = rules.get((start + k) % rules.size());
            int at = rule.indexIn(lower);
            if (at >= 0) {
                String changed = Texts.replace(lower, at, rule.from().length(), rule.to());
                if (!changed.isEmpty()) {
                    record.set(field, Texts.recase(changed, value));
                    return;
                }
            }
        }
    }
}

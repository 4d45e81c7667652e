package io.primaryinterop.mpi.datasets.generator.corruption;

import io.primaryinterop.mpi.core.record.PatientField;
import io.primaryinterop.mpi.datasets.generator.Corruption;
import io.primaryinterop.mpi.datasets.generator.RecordDraft;
import java.util.SplittableRandom;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/** The given name a person goes by rather than the formal one (William -> Bill). */
public final class NicknameSubstitution implements Corruption {

    private final Map<String, List<String>> nicknames;

    /** @param nicknames formal given name in upper case -> nicknames */
    public NicknameSubstitution(Map<String, List<String>> nicknames) {
        this.nicknames = Map.copyOf(nicknames);
    }

    @Override
    public void apply(RecordDraft record, SplittableRandom random) {
        String given = record.get(PatientField.GIVEN_NAME);
        List<String> options = nicknames.get(given.toUpperCase(Locale.ROOT));
        if (options == null || options.isEmpty()) {
            return;
        }
        record.set(PatientField.GIVEN_NAME, Texts.recase(options.get(random.nextInt(options.size())), given));
    }
}

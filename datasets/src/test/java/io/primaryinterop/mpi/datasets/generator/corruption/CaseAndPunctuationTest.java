package io.primaryinterop.mpi.datasets.generator.corruption;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.primaryinterop.mpi.core.record.PatientField;
import io.primaryinterop.mpi.datasets.generator.RecordDraft;
import java.util.Locale;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class CaseAndPunctuationTest {

    @Property(tries = 200)
    void changesOnlyCasePunctuationAndSpaces(@ForAll long seed) {
        RecordDraft record = Drafts.draft();
        RecordDraft original = Drafts.draft();
        new CaseAndPunctuation().apply(record, new SplittableRandom(seed));
        for (PatientField field : PatientField.values()) {
            assertEquals(letters(original.get(field)), letters(record.get(field)), field.column());
        }
    }

    private static String letters(String value) {
        return value.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
    }
}

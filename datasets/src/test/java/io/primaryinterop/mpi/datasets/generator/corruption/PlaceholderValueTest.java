package io.primaryinterop.mpi.datasets.generator.corruption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.primaryinterop.mpi.datasets.generator.RecordDraft;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class PlaceholderValueTest {

    private static final List<String> PLACEHOLDERS = List.of("UNKNOWN", "1900-01-01", "000-00-0000", "999-99-9999", "000-000-0000");

    @Property(tries = 100)
    void replacesOneValueByAPlaceholder(@ForAll long seed) {
        RecordDraft record = Drafts.draft();
        RecordDraft original = Drafts.draft();
        new PlaceholderValue().apply(record, new SplittableRandom(seed));
        int changed = 0;
        for (int i = 0; i < record.values().length; i++) {
            if (!record.values()[i].equals(original.values()[i])) {
                changed++;
                assertTrue(PLACEHOLDERS.contains(record.values()[i]), record.values()[i]);
            }
        }
        assertEquals(1, changed);
    }
}

package io.primaryinterop.mpi.datasets.generator.corruption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.primaryinterop.mpi.core.record.PatientField;
import io.primaryinterop.mpi.datasets.generator.GeneratorTables;
import io.primaryinterop.mpi.datasets.generator.Place;
import io.primaryinterop.mpi.datasets.generator.RecordDraft;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class MovedAddressTest {

    private final GeneratorTables tables = GeneratorTables.builtIn();

    @Property(tries = 100)
    void writesAnotherConsistentAddress(@ForAll long seed) {
        RecordDraft record = Drafts.draft();
        new MovedAddress(tables).apply(record, new SplittableRandom(seed));
        assertNotEquals("206 Valley Avenue, Apt 3", record.get(PatientField.ADDRESS_LINE));
        Place place = tables.places().items().stream()
                .filter(p -> p.zip().equals(record.get(PatientField.POSTAL_CODE))).findFirst().orElse(null);
        assertNotNull(place, "a ZIP from the table");
        assertEquals(place.city(), record.get(PatientField.CITY));
        assertEquals(place.state(), record.get(PatientField.STATE));
    }
}

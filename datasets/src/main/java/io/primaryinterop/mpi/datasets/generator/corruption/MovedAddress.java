package io.primaryinterop.mpi.datasets.generator.corruption;

import io.primaryinterop.mpi.core.record.PatientField;
import io.primaryinterop.mpi.datasets.generator.Corruption;
import io.primaryinterop.mpi.datasets.generator.RecordDraft;
import java.util.SplittableRandom;
import io.primaryinterop.mpi.datasets.generator.GeneratorTables;
import io.primaryinterop.mpi.datasets.generator.Place;
import io.primaryinterop.mpi.datasets.generator.StreetType;
import io.primaryinterop.mpi.datasets.generator.WeightedChoice;
import java.util.Locale;

/**
 * The person has moved: a new street address, usually in the same state, and with one chance in two a new
 * phone number too.
 */
public final class MovedAddress implements Corruption {

    private final GeneratorTables tables;

    public MovedAddress(GeneratorTables tables) {
        this.tables = tables;
    }

    @Override
    public void apply(RecordDraft record, SplittableRandom random) {
        Place home = record.person().place();
        WeightedChoice<Place> sameState = tables.placesByState().get(home.state());
        Place place = sameState != null && random.nextDouble() < 0.7 ? sameState.draw(random) : tables.places().draw(random);
        StreetType type = tables.streetTypes().draw(random);
        String line = (1 + random.nextInt(9999)) + " " + tables.streets().draw(random) + " "
                + (random.nextBoolean() ? type.name() : type.abbreviation());
        boolean upper = isUpper(record.get(PatientField.FAMILY_NAME));
        record.set(PatientField.ADDRESS_LINE, upper ? line.toUpperCase(Locale.ROOT) : line);
        record.set(PatientField.CITY, upper ? place.city().toUpperCase(Locale.ROOT) : place.city());
        record.set(PatientField.STATE, place.state());
        record.set(PatientField.POSTAL_CODE, place.zip());
        if (!record.isEmpty(PatientField.PHONE) && random.nextBoolean()) {
            String area = place.areaCode() != null ? place.areaCode() : String.valueOf(200 + random.nextInt(800));
            record.set(PatientField.PHONE, area + "-" + (200 + random.nextInt(800)) + "-"
                    + String.format(Locale.ROOT, "%04d", random.nextInt(10000)));
        }
    }

    private static boolean isUpper(String value) {
        return !value.isEmpty() && value.equals(value.toUpperCase(Locale.ROOT));
    }
}

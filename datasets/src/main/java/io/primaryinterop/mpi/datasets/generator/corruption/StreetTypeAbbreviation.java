package io.primaryinterop.mpi.datasets.generator.corruption;

import io.primaryinterop.mpi.core.record.PatientField;
import io.primaryinterop.mpi.datasets.generator.Corruption;
import io.primaryinterop.mpi.datasets.generator.RecordDraft;
import java.util.SplittableRandom;
import io.primaryinterop.mpi.datasets.generator.StreetType;
import java.util.List;
import java.util.Locale;

/** The street type written the other way (Street <-> St, Avenue <-> Ave); "Apt" as "#" or "Apartment". */
public final class StreetTypeAbbreviation implements Corruption {

    private final List<StreetType> types;

    public StreetTypeAbbreviation(List<StreetType> types) {
        this.types = List.copyOf(types);
    }

    @Override
    public void apply(RecordDraft record, SplittableRandom random) {
        String line = record.get(PatientField.ADDRESS_LINE);
        if (line.isEmpty()) {
            return;
        }
        if (line.contains(", Apt ") && random.nextBoolean()) {
            record.set(PatientField.ADDRESS_LINE, line.replace(", Apt ", random.nextBoolean() ? " #" : " Apartment "));
            return;
        }
        String upper = line.toUpperCase(Locale.ROOT);
        for (StreetType type : types) {
            String swapped = swapWord(line, upper, type.name(), type.abbreviation());
            if (swapped == null) {
                swapped = swapWord(line, upper, type.abbreviation(), type.name());
            }
            if (swapped != null) {
                record.set(PatientField.ADDRESS_LINE, swapped);
                return;
            }
        }
    }

    /** Replaces the whole word {@code from} (any case) by {@code to} in the case of the line, or null if absent. */
    private static String swapWord(String line, String upper, String from, String to) {
        String word = from.toUpperCase(Locale.ROOT);
        int at = upper.indexOf(" " + word);
        while (at >= 0) {
            int end = at + 1 + word.length();
            if (end == line.length() || !Character.isLetter(line.charAt(end))) {
                boolean allUpper = line.equals(upper);
                return line.substring(0, at + 1) + (allUpper ? to.toUpperCase(Locale.ROOT) : to) + line.substring(end);
            }
            at = upper.indexOf(" " + word, at + 1);
        }
        return null;
    }
}

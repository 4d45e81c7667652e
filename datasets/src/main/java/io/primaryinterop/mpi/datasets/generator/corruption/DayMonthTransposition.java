package io.primaryinterop.mpi.datasets.generator.corruption;

import io.primaryinterop.mpi.core.record.PatientField;
import io.primaryinterop.mpi.datasets.generator.Corruption;
import io.primaryinterop.mpi.datasets.generator.RecordDraft;
import java.util.SplittableRandom;

/**
 * A birth date with day and month swapped (US and European order confused). Only where the swap is a valid,
 * different date: day 1-12 and not equal to the month.
 */
public final class DayMonthTransposition implements Corruption {

    @Override
    public void apply(RecordDraft record, SplittableRandom random) {
        String date = record.get(PatientField.BIRTH_DATE);
        if (date.length() != 10 || date.charAt(4) != '-' || date.charAt(7) != '-') {
            return;
        }
        String month = date.substring(5, 7);
        String day = date.substring(8, 10);
        if (day.compareTo("12") > 0 || day.equals(month) || day.equals("00")) {
            return;
        }
        record.set(PatientField.BIRTH_DATE, date.substring(0, 5) + day + "-" + month);
    }
}

package io.primaryinterop.mpi.datasets.generator.corruption;

import io.primaryinterop.mpi.core.record.PatientField;
import io.primaryinterop.mpi.datasets.generator.Corruption;
import io.primaryinterop.mpi.datasets.generator.RecordDraft;
import java.util.SplittableRandom;
import java.time.DateTimeException;
import java.time.LocalDate;

/** One mistyped digit in a birth date (1972-03-13 -> 1973-03-13 or 1972-03-18), still a valid date. */
public final class DateDigitTypo implements Corruption {

    // year's last two digits, month and day: the digits people mistype (not the century)
    private static final int[] POSITIONS = {2, 3, 5, 6, 8, 9};

    @Override
    public void apply(RecordDraft record, SplittableRandom random) {
        String date = record.get(PatientField.BIRTH_DATE);
        if (date.length() != 10) {
            return;
        }
        for (int attempt = 0; attempt < 6; attempt++) {
            int at = POSITIONS[random.nextInt(POSITIONS.length)];
            char c = date.charAt(at);
            if (!Texts.isDigit(c)) {
                return;
            }
            String typed = Texts.replace(date, at, 1, String.valueOf(Texts.otherDigit(c, random)));
            if (isValid(typed)) {
                record.set(PatientField.BIRTH_DATE, typed);
                return;
            }
        }
    }

    private static boolean isValid(String iso) {
        try {
            return LocalDate.parse(iso).getYear() >= 1900;
        } catch (DateTimeException e) {
            return false;
        }
    }
}

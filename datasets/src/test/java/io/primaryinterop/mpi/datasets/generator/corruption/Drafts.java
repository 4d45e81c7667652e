package io.primaryinterop.mpi.datasets.generator.corruption;

import io.primaryinterop.mpi.core.record.PatientField;
import io.primaryinterop.mpi.datasets.generator.Person;
import io.primaryinterop.mpi.datasets.generator.Place;
import io.primaryinterop.mpi.datasets.generator.RecordDraft;
import io.primaryinterop.mpi.datasets.generator.StreetType;
import java.time.LocalDate;

/** A fixed synthetic person and a record of her, for corruption tests. */
final class Drafts {

    private Drafts() {
    }

    static Person person(char sex, LocalDate birth) {
        return new Person("P000000001", sex, "Margaret", "Anne", "Boyd-Brooks", birth, 206, "Valley",
                new StreetType("Avenue", "Ave"), "Apt 3", new Place("23219", "Richmond", "VA", "804"),
                "8045550134", "maggie@example.org", "345354434");
    }

    static RecordDraft draft() {
        return draft('F', LocalDate.of(1972, 3, 11));
    }

    static RecordDraft draft(char sex, LocalDate birth) {
        Person p = person(sex, birth);
        RecordDraft d = new RecordDraft(p);
        d.set(PatientField.SOURCE, "HOSP_A");
        d.set(PatientField.GIVEN_NAME, p.givenName());
        d.set(PatientField.MIDDLE_NAME, p.middleName());
        d.set(PatientField.FAMILY_NAME, p.familyName());
        d.set(PatientField.SEX, String.valueOf(sex));
        d.set(PatientField.BIRTH_DATE, birth.toString());
        d.set(PatientField.ADDRESS_LINE, "206 Valley Avenue, Apt 3");
        d.set(PatientField.CITY, "Richmond");
        d.set(PatientField.STATE, "VA");
        d.set(PatientField.POSTAL_CODE, "23219");
        d.set(PatientField.COUNTRY, "US");
        d.set(PatientField.PHONE, "(804) 555-0134");
        d.set(PatientField.NATIONAL_ID, "345-35-4434");
        return d;
    }

    /** Number of differing characters at the same position plus the length difference. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    cur[j] = Math.min(cur[j], prev[j - 1]); // adjacent transposition counts once (approximately)
                }
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

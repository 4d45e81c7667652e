package io.primaryinterop.mpi.service.testing;

import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Synthetic patients as API JSON: made-up names and numbers, distinct per {@link Identity}. */
public final class Records {

    private static final AtomicLong SEEDS = new AtomicLong(System.nanoTime());

    private Records() {
    }

    /** A made-up person; every field drawn from its own seeded random source. */
    public record Identity(String given, String family, String birthDate, String street, String phone, String nationalId,
                           String email) {

        public static Identity random() {
            // split(): a generator of its own per identity. Seeds k * 0x9E3779B97F4A7C15 (SplittableRandom's own
            // gamma) made identity k+1 draw identity k's sequence shifted by one value: its given name was the
            // other's shifted by one letter (Jaro-Winkler about 0.9), its numbers near-misses of the other's.
            SplittableRandom r = new SplittableRandom(SEEDS.incrementAndGet()).split();
            return new Identity(capitalized(word(r, 7)), capitalized(word(r, 9)),
                    "%04d-%02d-%02d".formatted(1930 + r.nextInt(80), 1 + r.nextInt(12), 1 + r.nextInt(28)),
                    (1 + r.nextInt(9999)) + " " + capitalized(word(r, 6)) + " St",
                    "%03d-%03d-%04d".formatted(200 + r.nextInt(700), 200 + r.nextInt(700), r.nextInt(10000)),
                    "%03d-%02d-%04d".formatted(100 + r.nextInt(800), 10 + r.nextInt(89), 1000 + r.nextInt(9000)),
                    word(r, 8) + "@example.org");
        }

        /** As the API JSON of a record; {@code variant} changes only formatting (still the same person). */
        public String json(String source, String recordId, int variant) {
            String g = variant % 2 == 0 ? given : given.toUpperCase();
            String p = variant % 3 == 0 ? phone : "(" + phone.substring(0, 3) + ") " + phone.substring(4);
            return """
                    {"source":"%s","recordId":"%s","givenName":"%s","middleName":"Ann","familyName":"%s","sex":"F",
                     "birthDate":"%s","addressLine":"%s","city":"Richmond","state":"VA","postalCode":"23268",
                     "country":"US","phone":"%s","email":"%s","nationalId":"%s"}
                    """.formatted(source, recordId, g, family, birthDate, street, p, email, nationalId);
        }

        /**
         * A record of this identity's household as API JSON: name, address and phone, sex M, no middle name; birth
         * date, e-mail and national id only where {@code fields} names them ({@code dob+email}, {@code ssn}, or
         * {@code none}). With no birth date and nothing personal that agrees, the bundled model's review rule holds
         * it back from linking to a record of this identity (it may as well be a junior or senior of the same name).
         */
        public String householdJson(String source, String recordId, String fields) {
            List<String> has = List.of(fields.split("\\+"));
            return """
                    {"source":"%s","recordId":"%s","givenName":"%s","familyName":"%s","sex":"M",%s
                     "addressLine":"%s","city":"Richmond","state":"VA","postalCode":"23268","country":"US",
                     "phone":"%s"%s%s}
                    """.formatted(source, recordId, given, family,
                    has.contains("dob") ? "\"birthDate\":\"" + birthDate + "\"," : "", street, phone,
                    has.contains("email") ? ",\"email\":\"" + email + "\"" : "",
                    has.contains("ssn") ? ",\"nationalId\":\"" + nationalId + "\"" : "");
        }
    }

    public static String id() {
        return "R" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    private static String word(SplittableRandom r, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append((char) ('a' + r.nextInt(26)));
        }
        return s.toString();
    }

    private static String capitalized(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}

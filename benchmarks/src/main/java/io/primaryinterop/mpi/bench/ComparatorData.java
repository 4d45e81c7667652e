package io.primaryinterop.mpi.bench;

import io.primaryinterop.mpi.core.record.PatientRecord;
import java.util.SplittableRandom;

/**
 * Seeded synthetic patients and name pairs for the comparator benchmarks (no real data): common
 * English given and family names, typed with the errors comparisons are built for (one substitution,
 * deletion, insertion or adjacent swap).
 */
final class ComparatorData {

    static final String[] GIVEN = {"JAMES", "JOHN", "ROBERT", "MICHAEL", "WILLIAM", "DAVID", "RICHARD", "JOSEPH",
        "THOMAS", "CHARLES", "CHRISTOPHER", "DANIEL", "MATTHEW", "ANTHONY", "MARK", "DONALD", "STEVEN", "PAUL",
        "ANDREW", "JOSHUA", "MARY", "PATRICIA", "JENNIFER", "LINDA", "ELIZABETH", "BARBARA", "SUSAN", "JESSICA", "SARAH",
        "KAREN", "NANCY", "LISA", "BETTY", "MARGARET", "SANDRA", "ASHLEY", "KIMBERLY", "EMILY", "DONNA", "MICHELLE",
        "BOB", "BILL", "LIZ", "PEGGY", "JIM", "MIKE", "KATE", "TOM", "CHRIS", "DAN"};
    static final String[] FAMILY = {"SMITH", "JOHNSON", "WILLIAMS", "BROWN", "JONES", "GARCIA", "MILLER", "DAVIS",
        "RODRIGUEZ", "MARTINEZ", "HERNANDEZ", "LOPEZ", "GONZALEZ", "WILSON", "ANDERSON", "THOMAS", "TAYLOR", "MOORE",
        "JACKSON", "MARTIN", "LEE", "PEREZ", "THOMPSON", "WHITE", "HARRIS", "SANCHEZ", "CLARK", "RAMIREZ", "LEWIS",
        "ROBINSON", "WALKER", "YOUNG", "ALLEN", "KING", "WRIGHT", "SCOTT", "TORRES", "NGUYEN", "HILL", "FLORES",
        "GREEN", "ADAMS", "NELSON", "BAKER", "HALL", "RIVERA", "CAMPBELL", "MITCHELL", "CARTER", "ROBERTS",
        "ZELINSKI", "OKONKWO", "FITZGERALD", "MACINTOSH", "KOWALCZYK", "VANDERBILT", "ABERNATHY", "YAMAMOTO"};
    static final String[] STREETS = {"MAIN", "OAK", "PINE", "MAPLE", "CEDAR", "ELM", "VIEW", "WASHINGTON", "LAKE",
        "HILL", "VALLEY", "SUNSET", "RIVER", "PARK", "CHURCH", "SPRING"};
    static final String[] STREET_TYPES = {"ST", "AVE", "RD", "DR", "LN", "CT", "STREET", "AVENUE"};

    private ComparatorData() {
    }

    /** One typing error in a value (or none, one time in four). */
    static String typo(String value, SplittableRandom random) {
        if (value.length() < 2 || random.nextInt(4) == 0) {
            return value;
        }
        int at = random.nextInt(value.length() - 1);
        char letter = (char) ('A' + random.nextInt(26));
        return switch (random.nextInt(4)) {
            case 0 -> value.substring(0, at) + letter + value.substring(at + 1);
            case 1 -> value.substring(0, at) + value.substring(at + 1);
            case 2 -> value.substring(0, at) + letter + value.substring(at);
            default -> value.substring(0, at) + value.charAt(at + 1) + value.charAt(at) + value.substring(at + 2);
        };
    }

    static String pick(String[] values, SplittableRandom random) {
        return values[random.nextInt(values.length)];
    }

    /** Name pairs: half a name and a typed copy, half two unrelated names (as blocking yields them). */
    static String[][] namePairs(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[][] pairs = new String[count][];
        for (int i = 0; i < count; i++) {
            String[] names = random.nextBoolean() ? FAMILY : GIVEN;
            String a = pick(names, random);
            String b = random.nextBoolean() ? typo(a, random) : pick(names, random);
            pairs[i] = new String[] {a, b};
        }
        return pairs;
    }

    /** A synthetic patient; {@code like} (if not null) is copied with typos, as a duplicate. */
    static PatientRecord patient(int id, PatientRecord like, SplittableRandom random) {
        if (like != null) {
            return new PatientRecord("R" + id, "B", typo(like.givenName(), random), like.middleName(),
                    typo(like.familyName(), random), like.sex(), random.nextInt(5) == 0 ? typo(like.birthDate(), random)
                    : like.birthDate(), like.addressLine(), like.city(), like.state(), like.postalCode(), "US",
                    random.nextInt(3) == 0 ? null : like.phone(), null, like.nationalId());
        }
        String given = pick(GIVEN, random);
        String birth = String.format("%04d-%02d-%02d", 1930 + random.nextInt(80), 1 + random.nextInt(12),
                1 + random.nextInt(28));
        String address = (1 + random.nextInt(999)) + " " + pick(STREETS, random) + " " + pick(STREET_TYPES, random);
        String phone = String.format("(%03d) %03d-%04d", 200 + random.nextInt(800), random.nextInt(1000),
                random.nextInt(10000));
        String ssn = String.format("%03d-%02d-%04d", 1 + random.nextInt(898), 1 + random.nextInt(98),
                1 + random.nextInt(9998));
        return new PatientRecord("R" + id, "A", given, random.nextBoolean() ? pick(GIVEN, random) : null,
                pick(FAMILY, random), random.nextBoolean() ? "F" : "M", birth, address, pick(STREETS, random) + " CITY",
                "VA", String.format("%05d", random.nextInt(100000)), "US", phone, null, ssn);
    }
}

package io.primaryinterop.mpi.core.linker;

import io.primaryinterop.mpi.core.record.PatientRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Small seeded synthetic patients with duplicates (typos, missing values); person id = record id prefix. */
final class SyntheticPatients {
    private static final String[] GIVEN = {"JAMES", "MARY", "ROBERT", "PATRICIA", "JOHN", "JENNIFER", "MICHAEL",
        "LINDA", "DAVID", "ELIZABETH", "WILLIAM", "BARBARA", "RICHARD", "SUSAN", "JOSEPH", "JESSICA", "THOMAS",
        "SARAH", "CHARLES", "KAREN", "OLIVIA", "NOAH", "EMMA", "LIAM", "AVA", "ETHAN", "SOPHIA", "MASON"};
    private static final String[] FAMILY = {"SMITH", "JOHNSON", "WILLIAMS", "BROWN", "JONES", "GARCIA", "MILLER",
        "DAVIS", "RODRIGUEZ", "MARTINEZ", "HERNANDEZ", "LOPEZ", "GONZALEZ", "WILSON", "ANDERSON", "THOMAS", "TAYLOR",
        "MOORE", "JACKSON", "MARTIN", "LEE", "PEREZ", "THOMPSON", "WHITE", "HARRIS", "SANCHEZ", "CLARK", "RAMIREZ",
        "LEWIS", "ROBINSON", "WALKER", "YOUNG", "ALLEN", "KING", "WRIGHT", "SCOTT", "TORRES", "NGUYEN", "HILL"};

    private SyntheticPatients() {
    }

    /** {@code people} persons; each has one record and, with probability 0.5, one to three duplicates. */
    static List<PatientRecord> generate(int people, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<PatientRecord> records = new ArrayList<>();
        for (int p = 0; p < people; p++) {
            String given = GIVEN[random.nextInt(GIVEN.length)];
            String family = FAMILY[random.nextInt(FAMILY.length)] + (random.nextInt(3) == 0 ? "SON" : "");
            String sex = random.nextBoolean() ? "M" : "F";
            String dob = LocalDate.ofEpochDay(-15_000 + random.nextInt(30_000)).toString();
            String zip = String.format("%05d", random.nextInt(100_000));
            String ssn = String.format("%09d", random.nextInt(1_000_000_000));
            String phone = String.format("555%07d", random.nextInt(10_000_000));
            int copies = random.nextBoolean() ? 1 : 2 + random.nextInt(3);
            for (int k = 0; k < copies; k++) {
                boolean dup = k > 0;
                records.add(new PatientRecord("P" + p + "-" + k, "S", dup ? typo(given, random) : given, null,
                        dup ? typo(family, random) : family, sex, dup && random.nextInt(10) == 0 ? null : dob,
                        null, null, null, zip, "US", dup && random.nextInt(3) == 0 ? null : phone, null,
                        dup && random.nextInt(2) == 0 ? null : ssn));
            }
        }
        return records;
    }

    static String personOf(String recordId) {
        return recordId.substring(0, recordId.indexOf('-'));
    }

    private static String typo(String value, SplittableRandom random) {
        if (random.nextInt(3) != 0 || value.length() < 3) {
            return value;
        }
        char[] chars = value.toCharArray();
        int i = 1 + random.nextInt(chars.length - 2);
        char t = chars[i];
        chars[i] = chars[i + 1];
        chars[i + 1] = t;
        return new String(chars);
    }
}

package io.primaryinterop.mpi.core.scoring;

import io.primaryinterop.mpi.core.record.PatientRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic records for scoring properties: a few people, each written several times with the errors a
 * registration clerk makes (a typo, a missing value, a nickname, given and middle name swapped, day and
 * month transposed), so that every level of the default model is reached, not only exact and else.
 */
final class GeneratedPeople {

    private static final String[] GIVEN = {"ROBERT", "BOB", "ROBERTA", "JOHN", "JON", "KATHERINE", "KATE", "ANNA",
        "HANNA", "MARTHA", "J"};
    private static final String[] FAMILY = {"SMITH", "SMYTH", "SCHMIDT", "JONES", "JOHNSON", "ZELINSKI", "LEE"};
    private static final String[] ADDRESSES = {"12 MAIN ST", "12 MAIN STREET", "APT 3 12 MAIN ST", "14 OAK AVE",
        "140 OAK AVENUE", "7 ELM RD"};
    private static final String[] DATES = {"1972-03-13", "1972-13-03", "1972-03-31", "1982-03-13", "1972-04-13",
        "1972-03-04", "1972-04-03", "2001-11-02", "2001-02-11"};
    private static final String LETTERS = "ABEHKMNORST";

    private GeneratedPeople() {
    }

    static List<PatientRecord> records(SplittableRandom random, int count) {
        List<String[]> people = new ArrayList<>();
        for (int p = 0; p < 6; p++) {
            String[] values = new String[15];
            values[2] = pick(random, GIVEN);
            values[3] = pick(random, GIVEN);
            values[4] = pick(random, FAMILY);
            values[5] = random.nextBoolean() ? "M" : "F";
            values[6] = pick(random, DATES);
            values[7] = pick(random, ADDRESSES);
            values[8] = "SPRINGFIELD";
            values[9] = "VA";
            values[10] = "2215" + random.nextInt(10);
            values[12] = "55501" + (10 + random.nextInt(90));
            values[13] = values[2].toLowerCase() + "@x.org";
            values[14] = "1234567" + (10 + random.nextInt(90));
            people.add(values);
        }
        List<PatientRecord> records = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            String[] values = people.get(random.nextInt(people.size())).clone();
            values[0] = "R" + r;
            for (int field = 2; field < values.length; field++) {
                values[field] = variant(random, field, values[field]);
            }
            if (random.nextInt(8) == 0) {
                String given = values[2];
                values[2] = values[3];
                values[3] = given;
            }
            records.add(PatientRecord.fromValues(values));
        }
        return records;
    }

    private static String variant(SplittableRandom random, int field, String value) {
        int roll = random.nextInt(12);
        if (value == null || roll == 0) {
            return null;
        }
        if (roll == 1 && field != 6) {
            return typo(random, value);
        }
        if (roll == 2 && (field == 2 || field == 4 || field == 6 || field == 7)) {
            return pick(random, field == 2 ? GIVEN : field == 4 ? FAMILY : field == 6 ? DATES : ADDRESSES);
        }
        return value;
    }

    /** One substitution, deletion, insertion or transposition at a random position. */
    private static String typo(SplittableRandom random, String value) {
        StringBuilder text = new StringBuilder(value);
        int at = random.nextInt(text.length());
        char letter = LETTERS.charAt(random.nextInt(LETTERS.length()));
        switch (random.nextInt(4)) {
            case 0 -> text.setCharAt(at, letter);
            case 1 -> text.deleteCharAt(at);
            case 2 -> text.insert(at, letter);
            default -> {
                if (at + 1 < text.length()) {
                    char c = text.charAt(at);
                    text.setCharAt(at, text.charAt(at + 1));
                    text.setCharAt(at + 1, c);
                }
            }
        }
        return text.isEmpty() ? null : text.toString();
    }

    private static String pick(SplittableRandom random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}

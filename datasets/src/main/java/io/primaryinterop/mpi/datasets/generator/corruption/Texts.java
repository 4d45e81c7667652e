package io.primaryinterop.mpi.datasets.generator.corruption;

import java.util.Locale;
import java.util.SplittableRandom;

/** Small string helpers the corruptions share. */
final class Texts {

    private Texts() {
    }

    /** Gives {@code value} the letter case style of {@code model}: all upper, all lower, or capitalised words. */
    static String recase(String value, String model) {
        if (model.equals(model.toUpperCase(Locale.ROOT)) && !model.equals(model.toLowerCase(Locale.ROOT))) {
            return value.toUpperCase(Locale.ROOT);
        }
        if (model.equals(model.toLowerCase(Locale.ROOT))) {
            return value.toLowerCase(Locale.ROOT);
        }
        return io.primaryinterop.mpi.datasets.generator.GeneratorTables.titleCase(value);
    }

    /** Index of a random letter in the value, or -1 when it has none. */
    static int randomLetter(String value, SplittableRandom random) {
        return randomIndex(value, random, true);
    }

    /** Index of a random digit in the value, or -1 when it has none. */
    static int randomDigit(String value, SplittableRandom random) {
        return randomIndex(value, random, false);
    }

    private static int randomIndex(String value, SplittableRandom random, boolean letters) {
        int count = 0;
        for (int i = 0; i < value.length(); i++) {
            if (letters ? Character.isLetter(value.charAt(i)) : isDigit(value.charAt(i))) {
                count++;
            }
        }
        if (count == 0) {
            return -1;
        }
        int pick = random.nextInt(count);
        for (int i = 0; i < value.length(); i++) {
            if ((letters ? Character.isLetter(value.charAt(i)) : isDigit(value.charAt(i))) && pick-- == 0) {
                return i;
            }
        }
        throw new AssertionError("unreachable");
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static String replace(String value, int index, int length, String replacement) {
        return value.substring(0, index) + replacement + value.substring(index + length);
    }

    /** A different digit than {@code c}. */
    static char otherDigit(char c, SplittableRandom random) {
        char d = (char) ('0' + random.nextInt(9));
        return d >= c ? (char) (d + 1) : d;
    }
}

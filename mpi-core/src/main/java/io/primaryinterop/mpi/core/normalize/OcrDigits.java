package io.primaryinterop.mpi.core.normalize;

/**
 * Reads the letters a scanner (or a typist) confuses with digits as those digits in a value written in
 * digits: {@code 193O-12-05} becomes {@code 1930-12-05}, {@code 72O-27-4944} becomes {@code 720-27-4944}.
 * Confusions: O o Q D as 0, I i l | as 1, Z z as 2, A as 4, S s as 5, G b as 6, T as 7, B as 8, g q as 9.
 *
 * <p>Only a value that is mostly digits (more digits than letters) and whose every letter is such a
 * confusion is changed; a word ({@code none}), a phone extension ({@code ext 12}) or an alphanumeric code
 * ({@code QQ123456C}) is left as it is. Without this step a date read from a scanned form is lost
 * (unknown) and an identifier loses a digit, and either stops separating two people who share the rest.
 */
public final class OcrDigits implements NormalizationStep {

    /** The confusable characters; the digit each is read as is {@link #digit(char)}. */
    private static final String LETTERS = "OoQDIil|ZzASsGbTBgq";

    @Override
    public String apply(String value) {
        int digits = 0;
        int letters = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (LETTERS.indexOf(c) >= 0) {
                letters++;
            } else if (Character.isLetter(c)) {
                return value; // a letter no scanner takes for a digit: not a digit value read wrongly
            }
        }
        if (letters == 0 || digits <= letters) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            out.append(digit(c));
        }
        return out.toString();
    }

    private static char digit(char c) {
        return switch (c) {
            case 'O', 'o', 'Q', 'D' -> '0';
            case 'I', 'i', 'l', '|' -> '1';
            case 'Z', 'z' -> '2';
            case 'A' -> '4';
            case 'S', 's' -> '5';
            case 'G', 'b' -> '6';
            case 'T' -> '7';
            case 'B' -> '8';
            case 'g', 'q' -> '9';
            default -> c;
        };
    }
}

package io.primaryinterop.mpi.core.normalize;

import java.text.Normalizer;

/**
 * Folds accented Latin letters to ASCII ({@code É -> E}, {@code ß -> ss}, {@code Ø -> O}); other
 * characters pass in canonical decomposition (NFD) without combining marks. ASCII input is returned as is without allocating.
 */
public final class FoldAccents implements NormalizationStep {

    @Override
    public String apply(String value) {
        if (isAscii(value)) {
            return value;
        }
        // strip combining marks first: a decomposition may leave one of the special letters below (Ǣ -> Æ)
        String decomposed = Normalizer.normalize(value, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length() + 2);
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            // letters that do not decompose into base letter + combining mark
            switch (c) {
                case 'ß' -> out.append("ss");
                case 'ẞ' -> out.append("SS");
                case 'Æ' -> out.append("AE");
                case 'æ' -> out.append("ae");
                case 'Œ' -> out.append("OE");
                case 'œ' -> out.append("oe");
                case 'Ø' -> out.append('O');
                case 'ø' -> out.append('o');
                case 'Ł' -> out.append('L');
                case 'ł' -> out.append('l');
                case 'Đ', 'Ð' -> out.append('D');
                case 'đ', 'ð' -> out.append('d');
                case 'Þ' -> out.append("TH");
                case 'þ' -> out.append("th");
                case 'ı' -> out.append('i');
                default -> out.append(c);
            }
        }
        // left decomposed (Hangul as jamo): recomposing would let a later step that removes a character
        // between two parts (가 + U+FFFD + ᆨ) change the text again on a second pass
        return out.toString();
    }

    static boolean isAscii(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}

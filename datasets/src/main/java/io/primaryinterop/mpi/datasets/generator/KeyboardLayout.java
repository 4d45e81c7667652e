package io.primaryinterop.mpi.datasets.generator;

import java.util.HashMap;
import java.util.Map;

/**
 * Neighbouring keys on a US QWERTY keyboard, computed from the rows and their stagger rather than typed
 * out as a table: a typist's finger slips to a key that touches the intended one.
 */
public final class KeyboardLayout {

    private static final String[] ROWS = {"1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"};
    /** Horizontal offset of each row in half-key units (the stagger of a real keyboard). */
    private static final int[] OFFSET = {0, 1, 2, 3};

    private static final Map<Character, char[]> NEIGHBOURS = computeNeighbours();

    private KeyboardLayout() {
    }

    /** Keys next to a character (lower case letters and digits; upper case maps to upper case); empty if none. */
    public static char[] neighbours(char c) {
        boolean upper = Character.isUpperCase(c);
        char[] keys = NEIGHBOURS.get(Character.toLowerCase(c));
        if (keys == null) {
            return new char[0];
        }
        if (!upper) {
            return keys.clone();
        }
        char[] result = new char[keys.length];
        for (int i = 0; i < keys.length; i++) {
            result[i] = Character.toUpperCase(keys[i]);
        }
        return result;
    }

    private static Map<Character, char[]> computeNeighbours() {
        Map<Character, char[]> map = new HashMap<>();
        for (int r = 0; r < ROWS.length; r++) {
            for (int i = 0; i < ROWS[r].length(); i++) {
                StringBuilder near = new StringBuilder();
                int x = OFFSET[r] + 2 * i;
                for (int r2 = Math.max(0, r - 1); r2 <= Math.min(ROWS.length - 1, r + 1); r2++) {
                    for (int j = 0; j < ROWS[r2].length(); j++) {
                        int x2 = OFFSET[r2] + 2 * j;
                        boolean touches = r2 == r ? Math.abs(x2 - x) == 2 : Math.abs(x2 - x) <= 1;
                        if (touches) {
                            near.append(ROWS[r2].charAt(j));
                        }
                    }
                }
                map.put(ROWS[r].charAt(i), near.toString().toCharArray());
            }
        }
        return Map.copyOf(map);
    }
}

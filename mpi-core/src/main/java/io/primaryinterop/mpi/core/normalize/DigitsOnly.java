package io.primaryinterop.mpi.core.normalize;

/** Keeps ASCII digits only: phone numbers and national ids in any formatting compare equal. */
public final class DigitsOnly implements NormalizationStep {

    @Override
    public String apply(String value) {
        int clean = 0;
        while (clean < value.length() && value.charAt(clean) >= '0' && value.charAt(clean) <= '9') {
            clean++;
        }
        if (clean == value.length()) {
            return value; // already digits only: no copy
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append(c);
            }
        }
        return out.length() == value.length() ? value : out.toString();
    }
}

package io.primaryinterop.mpi.core.normalize;

/** Keeps ASCII digits only: phone numbers and national ids in any formatting compare equal. */
public final class DigitsOnly implements NormalizationStep {

    @Override
    public String apply(String value) {
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

package io.primaryinterop.mpi.core.normalize;

/**
 * Keeps ASCII letters and digits only (postal codes: {@code "sw1a 1aa" -> "sw1a1aa"} before upper-casing,
 * {@code "23268-1234"} keeps its ZIP+4 digits).
 */
public final class AlphanumericOnly implements NormalizationStep {

    @Override
    public String apply(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
                out.append(c);
            }
        }
        return out.length() == value.length() ? value : out.toString();
    }
}

package io.primaryinterop.mpi.core.normalize;

/**
 * A nine-digit US ZIP+4 ({@code 232681234}, after {@link AlphanumericOnly}) keeps its five-digit ZIP,
 * so sources that write ZIP+4 agree with those that write ZIP. Anything else passes unchanged.
 */
public final class TrimZipPlusFour implements NormalizationStep {

    @Override
    public String apply(String value) {
        if (value.length() != 9) {
            return value;
        }
        for (int i = 0; i < 9; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return value;
            }
        }
        return value.substring(0, 5);
    }
}

package io.primaryinterop.mpi.core.normalize;

import java.util.Locale;
import java.util.Map;

/**
 * Administrative sex as one of {@code M F O}: {@code male}, {@code f}, {@code Female}, {@code other}...
 * {@code U}/{@code unknown} and anything unrecognised become {@code null} (unknown never counts as
 * agreement). {@code U} is therefore never a normalized value.
 */
public final class NormalizeSex implements NormalizationStep {

    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("M", "M"), Map.entry("MALE", "M"), Map.entry("MAN", "M"), Map.entry("BOY", "M"),
            Map.entry("F", "F"), Map.entry("FEMALE", "F"), Map.entry("WOMAN", "F"), Map.entry("GIRL", "F"),
            Map.entry("W", "F"), Map.entry("O", "O"), Map.entry("OTHER", "O"), Map.entry("X", "O"));

    @Override
    public String apply(String value) {
        return CODES.get(value.strip().toUpperCase(Locale.ROOT));
    }
}

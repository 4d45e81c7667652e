package io.primaryinterop.mpi.datasets.generator;

import java.util.Locale;

/** Pairs of different people that real master patient indexes wrongly link. */
public enum HardNegativeKind {
    /** Same family name, birth date, address and phone; another given name. */
    TWIN,
    /** Same given and family name and address, born 20 to 40 years apart. */
    JUNIOR_SENIOR,
    /** Spouse or parent at the same address and phone. */
    HOUSEHOLD,
    /** Same given and family name, otherwise unrelated. */
    SAME_NAME;

    /** The name written in {@code hard_negatives.csv}, e.g. {@code junior_senior}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static HardNegativeKind byLabel(String label) {
        try {
            return valueOf(label.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown hard-negative kind '" + label + "'; known: twin, junior_senior, household, same_name", e);
        }
    }
}

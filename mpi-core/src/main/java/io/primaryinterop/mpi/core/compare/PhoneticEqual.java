package io.primaryinterop.mpi.core.compare;

/** Same phonetic code (Soundex, Double Metaphone... from Commons Codec). */
public record PhoneticEqual(PhoneticAlgorithm algorithm) implements LevelCondition {

    public PhoneticEqual {
        if (algorithm == null) {
            throw new IllegalArgumentException("a phonetic level needs an algorithm: one of "
                    + java.util.Arrays.toString(PhoneticAlgorithm.values()));
        }
    }

    @Override
    public String describe() {
        return "phonetic " + algorithm.name().toLowerCase(java.util.Locale.ROOT);
    }
}

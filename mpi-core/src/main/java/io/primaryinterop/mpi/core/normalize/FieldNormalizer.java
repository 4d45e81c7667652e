package io.primaryinterop.mpi.core.normalize;

import java.util.List;

/**
 * The chain of steps for one field. {@code null} or blank in, {@code null} out; a step that returns
 * {@code null} ends the chain; an empty result is {@code null} (empty = unknown).
 */
public record FieldNormalizer(String name, List<NormalizationStep> steps) implements NormalizationStep {

    public FieldNormalizer {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a field normalizer needs a name");
        }
        steps = List.copyOf(steps);
    }

    public static FieldNormalizer of(String name, NormalizationStep... steps) {
        return new FieldNormalizer(name, List.of(steps));
    }

    @Override
    public String apply(String value) {
        if (value == null) {
            return null;
        }
        String current = value;
        for (NormalizationStep step : steps) {
            if (current.isEmpty()) {
                return null;
            }
            current = step.apply(current);
            if (current == null) {
                return null;
            }
        }
        return current.isBlank() ? null : current;
    }
}

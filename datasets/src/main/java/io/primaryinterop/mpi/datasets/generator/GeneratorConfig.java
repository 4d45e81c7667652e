package io.primaryinterop.mpi.datasets.generator;

import java.util.List;

/**
 * What to generate.
 *
 * @param persons number of distinct persons (records are more: duplicates)
 * @param profile the noise profile
 * @param tables  value tables
 * @param sources the source systems records come from
 */
public record GeneratorConfig(long persons, Profile profile, GeneratorTables tables, List<SourceStyle> sources) {
    public GeneratorConfig {
        if (persons < 1 || persons > 900_000_000L) {
            throw new IllegalArgumentException("persons must be in [1, 900000000]: " + persons);
        }
        if (profile == null || tables == null) {
            throw new IllegalArgumentException("profile and tables are required");
        }
        if (sources == null || sources.isEmpty()) {
            throw new IllegalArgumentException("at least one source is required");
        }
        sources = List.copyOf(sources);
    }

    /** Built-in tables and the four standard sources. */
    public static GeneratorConfig of(long persons, Profile profile) {
        return new GeneratorConfig(persons, profile, GeneratorTables.builtIn(), SourceStyle.standard());
    }
}

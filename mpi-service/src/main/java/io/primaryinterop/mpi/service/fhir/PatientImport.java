package io.primaryinterop.mpi.service.fhir;

import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import io.primaryinterop.mpi.service.domain.MpiException.InvalidRecord;
import jakarta.inject.Singleton;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Patient;

/**
 * Ingests a FHIR Patient ndjson file (one resource per line, as FHIR bulk data exports write them), each
 * Patient as a create through match-on-ingest. A bad line stops the import with its line number unless
 * bad lines are skipped (then counted); messages name the line and the reason, never patient values.
 */
@Singleton
public final class PatientImport {

    /** The audit trail's actor of an import (run by an operator on the store, not through a token). */
    public static final String ACTOR = "fhir-import";

    private final FhirIo io;
    private final PatientWriter writer;

    PatientImport(FhirIo io, PatientWriter writer) {
        this.io = io;
        this.writer = writer;
    }

    /** Imports every line; {@code progress} hears about skipped lines. */
    public Summary importNdjson(Path file, boolean skipBadLines, Consumer<String> progress) {
        int created = 0;
        int updated = 0;
        int skipped = 0;
        int line = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String text = in.readLine(); text != null; text = in.readLine()) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                String problem;
                try {
                    IBaseResource resource = io.context().newJsonParser().parseResource(text);
                    if (resource instanceof Patient patient) {
                        if (writer.execute(writer.create(patient, null), ACTOR).status().getCode() == 201) {
                            created++;
                        } else {
                            updated++;
                        }
                        continue;
                    }
                    problem = "not a Patient but a " + resource.fhirType();
                } catch (DataFormatException e) {
                    problem = "not a valid FHIR resource in JSON";
                } catch (BaseServerResponseException | InvalidRecord e) {
                    problem = e.getMessage();
                }
                String message = file.getFileName() + " line " + line + ": " + problem;
                if (!skipBadLines) {
                    throw new BadLine(message);
                }
                skipped++;
                progress.accept("skipped " + message);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return new Summary(created, updated, skipped);
    }

    /** Lines that made a new source record, updated an existing one, or were skipped as bad. */
    public record Summary(int created, int updated, int skipped) {
    }

    /** A line that is not an acceptable Patient: file, line number and reason. */
    public static final class BadLine extends RuntimeException {
        BadLine(String message) {
            super(message);
        }
    }
}

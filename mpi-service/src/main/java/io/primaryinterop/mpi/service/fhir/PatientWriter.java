package io.primaryinterop.mpi.service.fhir;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.primaryinterop.mpi.service.application.IngestService;
import io.primaryinterop.mpi.service.application.PatientDirectory;
import io.primaryinterop.mpi.service.application.PatientDirectory.SourceRecord;
import io.primaryinterop.mpi.service.domain.IngestResult;
import io.primaryinterop.mpi.service.fhir.PatientFields.SourceIdentity;
import jakarta.inject.Singleton;
import org.hl7.fhir.r4.model.Patient;

/**
 * Stores a Patient as the source record {@code identity} through the ingest service (match-on-ingest:
 * the record is linked to a person or starts one) and reads back what is stored.
 */
@Singleton
final class PatientWriter {

    private final IngestService ingest;
    private final PatientDirectory directory;
    private final PatientFields fields;
    private final PatientResources resources;
    private final FhirIo io;

    PatientWriter(IngestService ingest, PatientDirectory directory, PatientFields fields, PatientResources resources, FhirIo io) {
        this.ingest = ingest;
        this.directory = directory;
        this.fields = fields;
        this.resources = resources;
        this.io = io;
    }

    /** Ingests or updates the record; the stored Patient, with its new version and its person. */
    Written write(Patient patient, SourceIdentity identity) {
        Patient payload = patient.copy();
        payload.setIdElement(null);
        payload.getMeta().setVersionIdElement(null).setLastUpdatedElement(null);
        payload.getLink().clear();
        IngestResult result = ingest.ingest(fields.record(patient, identity), io.json(payload));
        SourceRecord stored = directory.record(identity.system(), identity.value())
                .orElseThrow(() -> new IllegalStateException("an ingested record is not readable"));
        return new Written(result, stored, resources.record(stored));
    }

    /** The answer to a create or update: status, Location of the version, the resource unless Prefer says minimal. */
    MutableHttpResponse<String> respond(HttpRequest<?> request, HttpStatus status, Written written) {
        Patient patient = written.patient();
        MutableHttpResponse<String> response = io.respond(request, status, patient);
        response.header("Location", "/fhir/Patient/" + patient.getIdElement().getIdPart() + "/_history/"
                + patient.getMeta().getVersionId());
        if (request.getHeaders().get("Prefer", String.class).map(p -> p.contains("return=minimal")).orElse(false)) {
            response.body(null);
        }
        return response;
    }

    /** What a write did and what is stored now. */
    record Written(IngestResult result, SourceRecord stored, Patient patient) {
    }
}

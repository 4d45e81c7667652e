package io.primaryinterop.mpi.service.fhir;

import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.MethodNotAllowedException;
import ca.uhn.fhir.rest.server.exceptions.PreconditionFailedException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.primaryinterop.mpi.service.application.IngestService;
import io.primaryinterop.mpi.service.application.PatientDirectory;
import io.primaryinterop.mpi.service.application.PatientDirectory.SourceRecord;
import io.primaryinterop.mpi.service.application.RecordValidation;
import io.primaryinterop.mpi.service.domain.RecordFields;
import io.primaryinterop.mpi.service.fhir.PatientFields.SourceIdentity;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Patient;

/**
 * Patient writes, planned then executed, so that a transaction Bundle can check every entry before it
 * writes any. A plan names the source record (identity) a Patient is stored as; executing it ingests
 * the Patient through the ingest service (match-on-ingest) and reads back what is stored.
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

    /** POST Patient: the identity from the resource (an existing one is updated); If-None-Exist may name an existing record. */
    Plan create(Patient patient, String ifNoneExist) {
        SourceIdentity identity = fields.identity(patient);
        if (ifNoneExist != null) {
            SourceIdentity condition = identifierCondition(ifNoneExist.startsWith("identifier=")
                    ? List.of(ifNoneExist.substring("identifier=".length())) : List.of(), "If-None-Exist");
            Optional<SourceRecord> existing = directory.record(condition.system(), condition.value());
            if (existing.isPresent()) {
                return new Plan(patient, condition, true, existing.get());
            }
            identity = condition;
        }
        return plan(patient, identity);
    }

    /** PUT Patient/{id}: a source record's update (a golden record is derived, 405; a record keeps its identity, 409). */
    Plan update(String id, Patient patient, String ifMatch) {
        if (patient.hasIdElement() && patient.getIdElement().hasIdPart() && !id.equals(patient.getIdElement().getIdPart())) {
            throw new InvalidRequestException("Patient.id " + patient.getIdElement().getIdPart()
                    + " differs from the id in the URL " + id);
        }
        if (PatientResources.isPersonId(id) && directory.person(id).isPresent()) {
            throw new MethodNotAllowedException("Patient/" + id + " is a person's golden record, derived from its "
                    + "source records: update a source record (Patient/rec-<n>) instead");
        }
        SourceRecord stored = sourceRecord(id);
        if (ifMatch != null && !ifMatch.replace("W/", "").replace("\"", "").trim().equals(Integer.toString(stored.version()))) {
            throw new PreconditionFailedException("If-Match " + ifMatch + ": Patient/" + id + " is at version " + stored.version());
        }
        SourceIdentity identity = new SourceIdentity(stored.fields().source(), stored.fields().recordId());
        boolean carriesIdentity = patient.getIdentifier().stream()
                .anyMatch(i -> identity.system().equals(i.getSystem()) && identity.value().equals(i.getValue()));
        if (!carriesIdentity && patient.getIdentifier().stream().anyMatch(i -> i.hasSystem() && i.hasValue()
                && !fields.isNationalId(i))) {
            throw new ResourceVersionConflictException("Patient/" + id + " is the source record " + identity.token()
                    + "; the resource names other identifiers and a record's identity cannot change (create the other record instead)");
        }
        return check(new Plan(patient, identity, true, null));
    }

    /** PUT Patient?identifier=system|value: create or update the record the identifier names (PIXm feed). */
    Plan conditionalUpdate(List<String> identifier, Patient patient) {
        SourceIdentity identity = identifierCondition(identifier, "identifier");
        Optional<SourceRecord> existing = directory.record(identity.system(), identity.value());
        if (patient.hasIdElement() && patient.getIdElement().hasIdPart() && existing.isPresent()
                && !PatientResources.recordId(existing.get().rowId()).equals(patient.getIdElement().getIdPart())) {
            throw new InvalidRequestException("Patient.id " + patient.getIdElement().getIdPart() + " is not the id of the "
                    + "record the identifier names (" + PatientResources.recordId(existing.get().rowId()) + ")");
        }
        return check(new Plan(patient, identity, existing.isPresent(), null));
    }

    /**
     * 201 for a new record, 200 for an update or an If-None-Exist hit; the stored Patient. The ingest is
     * audited with {@code actor} (the token's subject) as who wrote it.
     */
    Result execute(Plan plan, String actor) {
        if (plan.unchanged() != null) {
            return new Result(HttpStatus.OK, resources.record(plan.unchanged()));
        }
        Patient payload = plan.patient().copy();
        payload.setIdElement(null);
        payload.getMeta().setVersionIdElement(null).setLastUpdatedElement(null);
        payload.getLink().clear();
        ingest.ingest(plan.fields(), io.json(payload), actor);
        SourceRecord stored = directory.record(plan.identity().system(), plan.identity().value())
                .orElseThrow(() -> new IllegalStateException("an ingested record is not readable"));
        return new Result(plan.exists() ? HttpStatus.OK : HttpStatus.CREATED, resources.record(stored));
    }

    /** The answer to a create or update: status, Location of the version, the resource unless Prefer says minimal. */
    MutableHttpResponse<String> respond(HttpRequest<?> request, Result result) {
        Patient patient = result.patient();
        MutableHttpResponse<String> response = io.respond(request, result.status(), patient);
        response.header("Location", location(patient));
        if (request.getHeaders().get("Prefer", String.class).map(p -> p.contains("return=minimal")).orElse(false)) {
            response.body(null);
        }
        return response;
    }

    static String location(Patient patient) {
        return "/fhir/Patient/" + patient.getIdElement().getIdPart() + "/_history/" + patient.getMeta().getVersionId();
    }

    private Plan plan(Patient patient, SourceIdentity identity) {
        return check(new Plan(patient, identity, directory.record(identity.system(), identity.value()).isPresent(), null));
    }

    /** Maps the fields and checks them as ingest will (400/422 before anything is written). */
    private Plan check(Plan plan) {
        RecordFields record = fields.record(plan.patient(), plan.identity());
        RecordValidation.check(record);
        return plan.withFields(record);
    }

    private SourceRecord sourceRecord(String id) {
        long rowId = PatientResources.recordRowId(id);
        if (rowId < 0) {
            throw notFound(id);
        }
        return directory.record(rowId).orElseThrow(() -> notFound(id));
    }

    static ResourceNotFoundException notFound(String id) {
        return new ResourceNotFoundException("Patient/" + id + " is not known");
    }

    /** {@code system|value}, both present: the one form that names a single source record. */
    static SourceIdentity identifierCondition(List<String> values, String parameter) {
        if (values.size() != 1) {
            throw new InvalidRequestException(parameter + ": exactly one identifier=system|value is required");
        }
        String token = values.get(0);
        int bar = token.indexOf('|');
        if (bar <= 0 || bar == token.length() - 1) {
            throw new InvalidRequestException(parameter + ": expected system|value with both parts");
        }
        return new SourceIdentity(token.substring(0, bar), token.substring(bar + 1));
    }

    /**
     * A checked write: the Patient, the record it is stored as, whether that record exists, its mapped
     * fields; {@code unchanged} is the existing record an If-None-Exist found (nothing to write).
     */
    record Plan(Patient patient, SourceIdentity identity, boolean exists, SourceRecord unchanged, RecordFields fields) {
        Plan(Patient patient, SourceIdentity identity, boolean exists, SourceRecord unchanged) {
            this(patient, identity, exists, unchanged, null);
        }

        Plan withFields(RecordFields mapped) {
            return new Plan(patient, identity, exists, unchanged, mapped);
        }
    }

    /** What a write answers: its status and the stored Patient. */
    record Result(HttpStatus status, Patient patient) {
    }
}

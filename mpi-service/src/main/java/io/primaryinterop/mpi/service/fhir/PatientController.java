package io.primaryinterop.mpi.service.fhir;

import io.micronaut.security.annotation.Secured;
import io.primaryinterop.mpi.service.security.Roles;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.MethodNotAllowedException;
import ca.uhn.fhir.rest.server.exceptions.PreconditionFailedException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.primaryinterop.mpi.service.application.PatientDirectory;
import io.primaryinterop.mpi.service.application.PatientDirectory.SourceRecord;
import io.primaryinterop.mpi.service.fhir.PatientFields.SourceIdentity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Patient;

/**
 * FHIR Patient read, create, update and conditional update (the PIXm identity feed, ITI-104). A source
 * record's identifier system is its MPI source; every write goes through match-on-ingest.
 */
@Controller("/fhir/Patient")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "fhir")
public class PatientController {

    private final FhirIo io;
    private final PatientDirectory directory;
    private final PatientResources resources;
    private final PatientFields fields;
    private final PatientWriter writer;

    PatientController(FhirIo io, PatientDirectory directory, PatientResources resources, PatientFields fields,
                      PatientWriter writer) {
        this.io = io;
        this.directory = directory;
        this.resources = resources;
        this.fields = fields;
        this.writer = writer;
    }

    @Secured(Roles.STEWARD)
    @Get(uri = "/{id}", produces = {FhirIo.FHIR_JSON, FhirIo.FHIR_XML, "application/json", "application/xml", "text/xml"})
    @Operation(summary = "A person's golden record (id = enterprise id) or a source record (id = rec-<n>)")
    public HttpResponse<String> read(HttpRequest<?> request, String id) {
        if (PatientResources.isPersonId(id)) {
            return directory.person(id).map(p -> io.respond(request, HttpStatus.OK, resources.person(p)))
                    .orElseThrow(() -> notFound(id));
        }
        return io.respond(request, HttpStatus.OK, resources.record(sourceRecord(id)));
    }

    @Secured(Roles.GATEWAY)
    @Post(consumes = {FhirIo.FHIR_JSON, "application/json", FhirIo.FHIR_XML, "application/xml", "text/xml", "text/plain"},
            produces = {FhirIo.FHIR_JSON, FhirIo.FHIR_XML, "application/json", "application/xml", "text/xml"})
    @Operation(summary = "Create a source record (an existing identifier updates it); If-None-Exist: identifier=system|value")
    public HttpResponse<String> create(HttpRequest<?> request, @Body @Nullable String body,
                                       @Header("If-None-Exist") @Nullable String ifNoneExist) {
        Patient patient = io.read(request, body, Patient.class);
        SourceIdentity identity = fields.identity(patient);
        if (ifNoneExist != null) {
            SourceIdentity condition = identifierCondition(ifNoneExist.startsWith("identifier=")
                    ? List.of(ifNoneExist.substring("identifier=".length())) : List.of(), "If-None-Exist");
            Optional<SourceRecord> existing = directory.record(condition.system(), condition.value());
            if (existing.isPresent()) {
                return io.respond(request, HttpStatus.OK, resources.record(existing.get()));
            }
            identity = condition;
        }
        boolean existed = directory.record(identity.system(), identity.value()).isPresent();
        return writer.respond(request, existed ? HttpStatus.OK : HttpStatus.CREATED, writer.write(patient, identity));
    }

    @Secured(Roles.GATEWAY)
    @Put(uri = "/{id}", consumes = {FhirIo.FHIR_JSON, "application/json", FhirIo.FHIR_XML, "application/xml", "text/xml", "text/plain"},
            produces = {FhirIo.FHIR_JSON, FhirIo.FHIR_XML, "application/json", "application/xml", "text/xml"})
    @Operation(summary = "Update a source record (If-Match: W/\"version\" for a version-aware update)")
    public HttpResponse<String> update(HttpRequest<?> request, String id, @Body @Nullable String body,
                                       @Header("If-Match") @Nullable String ifMatch) {
        Patient patient = io.read(request, body, Patient.class);
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
        return writer.respond(request, HttpStatus.OK, writer.write(patient, identity));
    }

    @Secured(Roles.GATEWAY)
    @Put(consumes = {FhirIo.FHIR_JSON, "application/json", FhirIo.FHIR_XML, "application/xml", "text/xml", "text/plain"},
            produces = {FhirIo.FHIR_JSON, FhirIo.FHIR_XML, "application/json", "application/xml", "text/xml"})
    @Operation(summary = "Conditional update Patient?identifier=system|value: create or update that source record (PIXm feed)")
    public HttpResponse<String> conditionalUpdate(HttpRequest<?> request, @Body @Nullable String body) {
        for (String name : request.getParameters().names()) {
            if (!name.equals("identifier") && !name.startsWith("_")) {
                throw new InvalidRequestException("conditional update supports only the identifier parameter, not " + name);
            }
        }
        SourceIdentity identity = identifierCondition(request.getParameters().getAll("identifier"), "identifier");
        Patient patient = io.read(request, body, Patient.class);
        Optional<SourceRecord> existing = directory.record(identity.system(), identity.value());
        if (patient.hasIdElement() && patient.getIdElement().hasIdPart() && existing.isPresent()
                && !PatientResources.recordId(existing.get().rowId()).equals(patient.getIdElement().getIdPart())) {
            throw new InvalidRequestException("Patient.id " + patient.getIdElement().getIdPart() + " is not the id of the "
                    + "record the identifier names (" + PatientResources.recordId(existing.get().rowId()) + ")");
        }
        return writer.respond(request, existing.isPresent() ? HttpStatus.OK : HttpStatus.CREATED, writer.write(patient, identity));
    }

    private SourceRecord sourceRecord(String id) {
        long rowId = PatientResources.recordRowId(id);
        if (rowId < 0) {
            throw notFound(id);
        }
        return directory.record(rowId).orElseThrow(() -> notFound(id));
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

    private static ResourceNotFoundException notFound(String id) {
        return new ResourceNotFoundException("Patient/" + id + " is not known");
    }
}

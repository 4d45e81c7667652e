package io.primaryinterop.mpi.service.fhir;

import io.micronaut.security.annotation.Secured;
import io.primaryinterop.mpi.service.security.Roles;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import org.hl7.fhir.r4.model.Patient;

/**
 * FHIR Patient read, create, update and conditional update (the PIXm identity feed, ITI-104). A source
 * record's identifier system is its MPI source; every write goes through match-on-ingest, audited with
 * the token's subject as the actor.
 */
@Controller("/fhir/Patient")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "fhir")
public class PatientController {

    private final FhirIo io;
    private final PatientDirectory directory;
    private final PatientResources resources;
    private final PatientWriter writer;

    PatientController(FhirIo io, PatientDirectory directory, PatientResources resources, PatientWriter writer) {
        this.io = io;
        this.directory = directory;
        this.resources = resources;
        this.writer = writer;
    }

    @Secured(Roles.STEWARD)
    @Get(uri = "/{id}", produces = {FhirIo.FHIR_JSON, FhirIo.FHIR_XML, "application/json", "application/xml", "text/xml"})
    @Operation(summary = "A person's golden record (id = enterprise id) or a source record (id = rec-<n>)")
    public HttpResponse<String> read(HttpRequest<?> request, String id) {
        if (PatientResources.isPersonId(id)) {
            return directory.person(id).map(p -> io.respond(request, HttpStatus.OK, resources.person(p)))
                    .orElseThrow(() -> PatientWriter.notFound(id));
        }
        long rowId = PatientResources.recordRowId(id);
        return directory.record(rowId).map(r -> io.respond(request, HttpStatus.OK, resources.record(r)))
                .orElseThrow(() -> PatientWriter.notFound(id));
    }

    @Secured(Roles.GATEWAY)
    @Post(consumes = {FhirIo.FHIR_JSON, "application/json", FhirIo.FHIR_XML, "application/xml", "text/xml", "text/plain"},
            produces = {FhirIo.FHIR_JSON, FhirIo.FHIR_XML, "application/json", "application/xml", "text/xml"})
    @Operation(summary = "Create a source record (an existing identifier updates it); If-None-Exist: identifier=system|value")
    public HttpResponse<String> create(HttpRequest<?> request, @Body @Nullable String body,
                                       @Header("If-None-Exist") @Nullable String ifNoneExist, Principal principal) {
        Patient patient = io.read(request, body, Patient.class);
        return writer.respond(request, writer.execute(writer.create(patient, ifNoneExist), principal.getName()));
    }

    @Secured(Roles.GATEWAY)
    @Put(uri = "/{id}", consumes = {FhirIo.FHIR_JSON, "application/json", FhirIo.FHIR_XML, "application/xml", "text/xml", "text/plain"},
            produces = {FhirIo.FHIR_JSON, FhirIo.FHIR_XML, "application/json", "application/xml", "text/xml"})
    @Operation(summary = "Update a source record (If-Match: W/\"version\" for a version-aware update)")
    public HttpResponse<String> update(HttpRequest<?> request, String id, @Body @Nullable String body,
                                       @Header("If-Match") @Nullable String ifMatch, Principal principal) {
        Patient patient = io.read(request, body, Patient.class);
        return writer.respond(request, writer.execute(writer.update(id, patient, ifMatch), principal.getName()));
    }

    @Secured(Roles.GATEWAY)
    @Put(consumes = {FhirIo.FHIR_JSON, "application/json", FhirIo.FHIR_XML, "application/xml", "text/xml", "text/plain"},
            produces = {FhirIo.FHIR_JSON, FhirIo.FHIR_XML, "application/json", "application/xml", "text/xml"})
    @Operation(summary = "Conditional update Patient?identifier=system|value: create or update that source record (PIXm feed)")
    public HttpResponse<String> conditionalUpdate(HttpRequest<?> request, @Body @Nullable String body, Principal principal) {
        for (String name : request.getParameters().names()) {
            if (!name.equals("identifier") && !name.startsWith("_")) {
                throw new InvalidRequestException("conditional update supports only the identifier parameter, not " + name);
            }
        }
        Patient patient = io.read(request, body, Patient.class);
        return writer.respond(request, writer.execute(writer.conditionalUpdate(request.getParameters().getAll("identifier"), patient),
                principal.getName()));
    }
}

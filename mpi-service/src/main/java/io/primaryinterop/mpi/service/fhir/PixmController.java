package io.primaryinterop.mpi.service.fhir;

import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.annotation.Secured;
import io.primaryinterop.mpi.service.security.Roles;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.primaryinterop.mpi.service.application.CrossReferenceService;
import io.primaryinterop.mpi.service.domain.CrossReference;
import io.primaryinterop.mpi.service.domain.CrossReference.LinkedRecord;
import io.primaryinterop.mpi.service.domain.CrossReference.SourceIdentifier;
import io.primaryinterop.mpi.service.domain.MpiException.PersonNotFound;
import io.primaryinterop.mpi.service.domain.MpiException.RecordNotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Reference;

/**
 * IHE PIXm (ITI-83): {@code GET /fhir/Patient/$ihe-pix?sourceIdentifier=system|value[&targetSystem=...]}.
 * The source identifier names a source record (or, in the enterprise domain, a person); the answer lists
 * the identifiers of the same person in the other domains ({@code targetIdentifier}) and their Patient
 * resources ({@code targetId}), including the enterprise id. Errors as the profile prescribes: unknown
 * source domain 400 (code-invalid), unknown identifier 404 (not-found), unknown target domain 403
 * (code-invalid). The look-up is {@link CrossReferenceService}'s, the one HL7 v2's PIX query (QBP^Q23) uses.
 */
@Controller("/fhir/Patient/$ihe-pix")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "fhir")
public class PixmController {

    private final FhirIo io;
    private final CrossReferenceService crossReferences;
    private final String enterpriseSystem;

    PixmController(FhirIo io, CrossReferenceService crossReferences, FhirConfiguration configuration) {
        this.io = io;
        this.crossReferences = crossReferences;
        this.enterpriseSystem = configuration.enterpriseSystem();
    }

    @Secured(Roles.STEWARD)
    @Get(produces = {FhirIo.FHIR_JSON, FhirIo.FHIR_XML, "application/json", "application/xml", "text/xml"})
    @Operation(summary = "PIXm: the identifiers of the person a source identifier names, in the target domains")
    public HttpResponse<String> pix(HttpRequest<?> request) {
        for (String name : request.getParameters().names()) {
            if (!List.of("sourceIdentifier", "targetSystem", "_format", "_pretty").contains(name)) {
                throw new InvalidRequestException("$ihe-pix: unknown parameter " + name + " (sourceIdentifier, targetSystem)");
            }
        }
        List<String> sources = request.getParameters().getAll("sourceIdentifier");
        if (sources.size() != 1) {
            throw new InvalidRequestException("sourceIdentifier: exactly one system|value is required");
        }
        String token = sources.get(0);
        int bar = token.indexOf('|');
        if (bar <= 0 || bar == token.length() - 1) {
            throw new InvalidRequestException("sourceIdentifier: expected system|value with both parts");
        }
        String system = token.substring(0, bar);
        String value = token.substring(bar + 1);
        Set<String> targets = new LinkedHashSet<>();
        for (String t : request.getParameters().getAll("targetSystem")) {
            for (String s : t.split(",")) {
                if (!s.isBlank()) {
                    targets.add(s.trim());
                }
            }
        }

        if (!enterpriseSystem.equals(system) && !crossReferences.knowsDomain(system)) {
            String why = "sourceIdentifier Assigning Authority not found";
            throw new InvalidRequestException(why, Outcomes.error(IssueType.CODEINVALID, why));
        }
        SourceIdentifier queried = new SourceIdentifier(system, value);
        CrossReference person;
        try {
            person = enterpriseSystem.equals(system) ? crossReferences.ofPerson(value)
                    : crossReferences.crossReference(system, value);
        } catch (RecordNotFound | PersonNotFound unknown) {
            String why = "sourceIdentifier Patient Identifier not found";
            throw new ResourceNotFoundException(why, Outcomes.error(IssueType.NOTFOUND, why));
        }
        for (String target : targets) {
            if (!enterpriseSystem.equals(target) && !crossReferences.knowsDomain(target)) {
                String why = "targetSystem not found";
                throw new ForbiddenOperationException(why, Outcomes.error(IssueType.CODEINVALID, why));
            }
        }

        Parameters answer = new Parameters();
        if (!enterpriseSystem.equals(system) && (targets.isEmpty() || targets.contains(enterpriseSystem))) {
            answer.addParameter().setName("targetIdentifier")
                    .setValue(new Identifier().setSystem(enterpriseSystem).setValue(person.personId()));
            answer.addParameter().setName("targetId").setValue(new Reference("Patient/" + person.personId()));
        }
        for (LinkedRecord linked : person.records()) {
            SourceIdentifier id = linked.identifier();
            if (id.equals(queried) || !(targets.isEmpty() || targets.contains(id.source()))) {
                continue;
            }
            answer.addParameter().setName("targetIdentifier")
                    .setValue(new Identifier().setSystem(id.source()).setValue(id.recordId()));
            answer.addParameter().setName("targetId")
                    .setValue(new Reference("Patient/" + PatientResources.recordId(linked.rowId())));
        }
        return io.respond(request, HttpStatus.OK, answer);
    }
}

package io.primaryinterop.mpi.service.fhir;

import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.annotation.Secured;
import io.primaryinterop.mpi.service.security.Roles;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.primaryinterop.mpi.service.domain.MpiException;
import io.primaryinterop.mpi.service.domain.MpiException.InvalidRecord;
import io.primaryinterop.mpi.service.fhir.PatientWriter.Plan;
import io.primaryinterop.mpi.service.fhir.PatientWriter.Result;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.BundleEntryRequestComponent;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Patient;

/**
 * {@code POST /fhir} with a transaction or batch Bundle of Patient writes (POST Patient, PUT Patient/id,
 * PUT Patient?identifier=system|value). A transaction checks every entry first and writes nothing when
 * one is wrong (an entry of another resource type included: this index stores Patients only); then each
 * Patient is ingested in its own database transaction, in entry order. A batch answers each entry on its own.
 * Every write is audited with the token's subject as the actor.
 */
@Controller("/fhir")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "fhir")
public class BundleController {

    private final FhirIo io;
    private final PatientWriter writer;

    BundleController(FhirIo io, PatientWriter writer) {
        this.io = io;
        this.writer = writer;
    }

    @Secured(Roles.GATEWAY)
    @Post(consumes = {FhirIo.FHIR_JSON, "application/json", FhirIo.FHIR_XML, "application/xml", "text/xml", "text/plain"},
            produces = {FhirIo.FHIR_JSON, FhirIo.FHIR_XML, "application/json", "application/xml", "text/xml"})
    @Operation(summary = "A transaction or batch Bundle of Patient writes")
    public HttpResponse<String> bundle(HttpRequest<?> request, @Body @Nullable String body, Principal principal) {
        Bundle bundle = io.read(request, body, Bundle.class);
        if (bundle.getType() == BundleType.TRANSACTION) {
            return io.respond(request, HttpStatus.OK, transaction(bundle, principal.getName()));
        }
        if (bundle.getType() == BundleType.BATCH) {
            return io.respond(request, HttpStatus.OK, batch(bundle, principal.getName()));
        }
        throw new InvalidRequestException("Bundle.type: expected transaction or batch");
    }

    private Bundle transaction(Bundle bundle, String actor) {
        List<Plan> plans = new ArrayList<>();
        Set<String> identities = new HashSet<>();
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            Plan plan;
            try {
                plan = plan(bundle.getEntry().get(i));
            } catch (BaseServerResponseException | MpiException e) {
                throw atEntry(i, e);
            }
            if (!identities.add(plan.identity().token())) {
                throw new InvalidRequestException("Bundle.entry[" + i + "]: a second write of the same source record",
                        Outcomes.error(IssueType.DUPLICATE, "a second write of the same source record in one transaction",
                                "Bundle.entry[" + i + "]"));
            }
            plans.add(plan);
        }
        Bundle response = new Bundle().setType(BundleType.TRANSACTIONRESPONSE);
        for (Plan plan : plans) {
            answer(response.addEntry(), writer.execute(plan, actor));
        }
        return response;
    }

    private Bundle batch(Bundle bundle, String actor) {
        Bundle response = new Bundle().setType(BundleType.BATCHRESPONSE);
        for (BundleEntryComponent entry : bundle.getEntry()) {
            BundleEntryComponent answer = response.addEntry();
            try {
                answer(answer, writer.execute(plan(entry), actor));
            } catch (BaseServerResponseException e) {
                OperationOutcome outcome = e.getOperationOutcome() instanceof OperationOutcome given ? given
                        : Outcomes.error(Outcomes.typeOf(e.getStatusCode()), e.getMessage());
                answer.getResponse().setStatus(e.getStatusCode() + "").setOutcome(outcome);
            } catch (InvalidRecord e) {
                answer.getResponse().setStatus("400").setOutcome(Outcomes.fieldErrors(400, e.problems().stream()
                        .map(p -> Map.entry(p.field(), p.reason())).toList(), e.getMessage()));
            }
        }
        return response;
    }

    private static void answer(BundleEntryComponent entry, Result result) {
        entry.setFullUrl("Patient/" + result.patient().getIdElement().getIdPart()).setResource(result.patient());
        entry.getResponse().setStatus(result.status().getCode() + " " + result.status().getReason())
                .setLocation(PatientWriter.location(result.patient()).substring("/fhir/".length()))
                .setEtag("W/\"" + result.patient().getMeta().getVersionId() + "\"");
    }

    private Plan plan(BundleEntryComponent entry) {
        BundleEntryRequestComponent request = entry.getRequest();
        if (!(entry.getResource() instanceof Patient patient)) {
            throw new UnprocessableEntityException("this index stores Patient resources only, not "
                    + (entry.getResource() == null ? "an entry without a resource" : entry.getResource().fhirType()),
                    Outcomes.error(IssueType.NOTSUPPORTED, "this index stores Patient resources only"));
        }
        String url = request.getUrl() == null ? "" : request.getUrl();
        if (request.getMethod() == HTTPVerb.POST && (url.equals("Patient") || url.isEmpty())) {
            return writer.create(patient, request.getIfNoneExist());
        }
        if (request.getMethod() == HTTPVerb.PUT && url.startsWith("Patient?identifier=")) {
            String token = URLDecoder.decode(url.substring("Patient?identifier=".length()), StandardCharsets.UTF_8);
            return writer.conditionalUpdate(List.of(token), patient);
        }
        if (request.getMethod() == HTTPVerb.PUT && url.startsWith("Patient/")) {
            return writer.update(url.substring("Patient/".length()), patient, request.getIfMatch());
        }
        throw new InvalidRequestException("Bundle.entry.request: expected POST Patient, PUT Patient/<id> or "
                + "PUT Patient?identifier=system|value");
    }

    /** The entry's error with the entry's position, nothing written. */
    private static BaseServerResponseException atEntry(int index, RuntimeException e) {
        String where = "Bundle.entry[" + index + "]";
        if (e instanceof InvalidRecord invalid) {
            return new InvalidRequestException(where + ": " + invalid.getMessage(), Outcomes.fieldErrors(400,
                    invalid.problems().stream().map(p -> Map.entry(where + " " + p.field(), p.reason())).toList(), where));
        }
        if (e instanceof BaseServerResponseException fhir) {
            OperationOutcome outcome = fhir.getOperationOutcome() instanceof OperationOutcome given ? given
                    : Outcomes.error(Outcomes.typeOf(fhir.getStatusCode()), fhir.getMessage());
            outcome.getIssue().forEach(issue -> issue.addExpression(where));
            fhir.setOperationOutcome(outcome);
            return fhir;
        }
        return new InvalidRequestException(where + ": " + e.getMessage());
    }
}

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
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.primaryinterop.mpi.service.application.IngestService;
import io.primaryinterop.mpi.service.application.PatientDirectory;
import io.primaryinterop.mpi.service.application.PatientDirectory.Person;
import io.primaryinterop.mpi.service.domain.Candidate;
import io.primaryinterop.mpi.service.domain.RecordFields;
import io.primaryinterop.mpi.service.engine.DecisionThresholds;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.SearchEntryMode;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Parameters.ParametersParameterComponent;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.PrimitiveType;

/**
 * {@code POST /fhir/Patient/$match}: the index's read-only match for a Patient. Answers a searchset
 * Bundle of persons' golden records, best first, each with {@code search.mode = match},
 * {@code search.score} (the match probability) and the match-grade extension.
 */
@Controller("/fhir/Patient/$match")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "fhir")
public class MatchController {

    static final int DEFAULT_COUNT = 10;
    static final int MAX_COUNT = 100;

    private final FhirIo io;
    private final IngestService ingest;
    private final PatientDirectory directory;
    private final PatientFields fields;
    private final PatientResources resources;
    private final DecisionThresholds thresholds;
    private final double possible;

    MatchController(FhirIo io, IngestService ingest, PatientDirectory directory, PatientFields fields,
                    PatientResources resources, DecisionThresholds thresholds, FhirConfiguration configuration) {
        this.io = io;
        this.ingest = ingest;
        this.directory = directory;
        this.fields = fields;
        this.resources = resources;
        this.thresholds = thresholds;
        this.possible = configuration.possibleThreshold();
    }

    @Secured(Roles.GATEWAY)
    @Post(consumes = {FhirIo.FHIR_JSON, "application/json", FhirIo.FHIR_XML, "application/xml", "text/xml", "text/plain"},
            produces = {FhirIo.FHIR_JSON, FhirIo.FHIR_XML, "application/json", "application/xml", "text/xml"})
    @Operation(summary = "Patient/$match: Parameters with resource (a Patient), count, onlyCertainMatches; or a bare Patient")
    public HttpResponse<String> match(HttpRequest<?> request, @Body @Nullable String body) {
        MatchRequest match = parse(io.read(request, body));
        RecordFields probe = fields.probe(match.patient());
        requireEnough(probe);
        // Two at least: "only certain matches" must know whether a second certain one exists.
        List<Candidate> candidates = ingest.match(probe, match.onlyCertain() ? Math.max(2, match.count()) : match.count(), 0);
        Bundle bundle = new Bundle().setType(BundleType.SEARCHSET);
        List<Candidate> shown = new ArrayList<>(candidates);
        if (match.onlyCertain()) {
            shown.removeIf(c -> MatchGrade.of(c, thresholds, possible) != MatchGrade.CERTAIN);
            if (shown.size() > 1) {
                bundle.addEntry().setResource(Outcomes.information(shown.size()
                        + " certain matches: onlyCertainMatches answers none when more than one is certain"))
                        .getSearch().setMode(SearchEntryMode.OUTCOME);
                shown.clear();
            }
        }
        Map<String, Person> persons = directory.persons(shown.stream().map(Candidate::personId).toList()).stream()
                .collect(Collectors.toMap(Person::personId, p -> p));
        for (Candidate c : shown) {
            Person person = persons.get(c.personId());
            if (person == null) {
                continue;
            }
            Bundle.BundleEntryComponent entry = bundle.addEntry().setFullUrl("Patient/" + person.personId())
                    .setResource(resources.person(person));
            entry.getSearch().setMode(SearchEntryMode.MATCH)
                    .setScore(BigDecimal.valueOf(c.probability()).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros());
            entry.getSearch().addExtension(MatchGrade.EXTENSION,
                    new CodeType(MatchGrade.of(c, thresholds, possible).code));
        }
        bundle.setTotal((int) bundle.getEntry().stream().filter(e -> e.getSearch().getMode() == SearchEntryMode.MATCH).count());
        return io.respond(request, HttpStatus.OK, bundle);
    }

    /** Parameters (resource, count, onlyCertainMatches), or a bare Patient as some clients send. */
    private static MatchRequest parse(IBaseResource body) {
        if (body instanceof Patient patient) {
            return new MatchRequest(patient, DEFAULT_COUNT, false);
        }
        if (!(body instanceof Parameters parameters)) {
            throw new InvalidRequestException("$match expects a Parameters resource (or a Patient), found "
                    + body.fhirType());
        }
        Patient patient = null;
        int count = DEFAULT_COUNT;
        boolean onlyCertain = false;
        for (ParametersParameterComponent p : parameters.getParameter()) {
            switch (p.getName() == null ? "" : p.getName()) {
                case "resource" -> {
                    if (!(p.getResource() instanceof Patient given)) {
                        throw new InvalidRequestException("$match parameter resource: expected a Patient");
                    }
                    patient = given;
                }
                case "count" -> count = count(primitive(p, "count"));
                case "onlyCertainMatches" -> onlyCertain = bool(primitive(p, "onlyCertainMatches"));
                default -> throw new InvalidRequestException("$match: unknown parameter " + p.getName()
                        + " (expected resource, count, onlyCertainMatches)");
            }
        }
        if (patient == null) {
            throw new InvalidRequestException("$match: the parameter resource (a Patient) is required");
        }
        return new MatchRequest(patient, count, onlyCertain);
    }

    private static String primitive(ParametersParameterComponent p, String name) {
        if (p.getValue() instanceof PrimitiveType<?> value && value.getValueAsString() != null) {
            return value.getValueAsString().trim();
        }
        throw new InvalidRequestException("$match parameter " + name + ": expected a value");
    }

    private static int count(String text) {
        try {
            int count = Integer.parseInt(text);
            if (count < 1) {
                throw new InvalidRequestException("$match parameter count: must be at least 1");
            }
            return Math.min(count, MAX_COUNT);
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("$match parameter count: expected an integer");
        }
    }

    private static boolean bool(String text) {
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text);
        }
        throw new InvalidRequestException("$match parameter onlyCertainMatches: expected true or false");
    }

    /**
     * Enough to match on: a name (family or given) and one more of birth date, national id, phone or
     * e-mail, address; or a national id with a birth date. Less would only list look-alikes.
     */
    private static void requireEnough(RecordFields p) {
        boolean name = present(p.familyName()) || present(p.givenName());
        int others = (present(p.birthDate()) ? 1 : 0) + (present(p.nationalId()) ? 1 : 0)
                + (present(p.phone()) || present(p.email()) ? 1 : 0)
                + (present(p.addressLine()) || present(p.postalCode()) ? 1 : 0);
        if (!(name && others >= 1) && !(present(p.nationalId()) && present(p.birthDate()))) {
            String why = "$match needs a name (family or given) and one more of birthDate, a national identifier, "
                    + "telecom or address (or a national identifier with birthDate)";
            throw new InvalidRequestException(why, Outcomes.error(IssueType.INCOMPLETE, why, "Patient"));
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private record MatchRequest(Patient patient, int count, boolean onlyCertain) {
    }
}

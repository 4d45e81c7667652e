package io.primaryinterop.mpi.service.fhir;

import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.annotation.Secured;
import io.primaryinterop.mpi.service.security.Roles;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.primaryinterop.mpi.service.application.PatientDirectory;
import io.primaryinterop.mpi.service.application.PatientDirectory.Person;
import io.primaryinterop.mpi.service.domain.PatientQuery;
import io.primaryinterop.mpi.service.domain.PatientQuery.Criterion;
import io.primaryinterop.mpi.service.domain.PatientQuery.Field;
import io.primaryinterop.mpi.service.domain.PatientQuery.Match;
import io.primaryinterop.mpi.service.domain.PatientQuery.Term;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.SearchEntryMode;

/**
 * IHE PDQm (ITI-78): {@code GET /fhir/Patient?...} over persons' golden records. Parameters are ANDed,
 * comma-separated values ORed; string parameters match the start case-blind, {@code :exact} exactly,
 * {@code :contains} anywhere. Unknown parameters and modifiers are refused (400) rather than ignored.
 */
@Controller("/fhir/Patient")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "fhir")
public class PatientSearchController {

    static final int DEFAULT_COUNT = 20;
    static final int MAX_COUNT = 100;
    private static final Pattern DATE = Pattern.compile("(eq|ne|gt|lt|ge|le|sa|eb)?\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Map<String, Field> STRINGS = Map.of("family", Field.FAMILY, "given", Field.GIVEN,
            "address", Field.ADDRESS, "address-city", Field.CITY, "address-state", Field.STATE,
            "address-postalcode", Field.POSTAL_CODE, "address-country", Field.COUNTRY);
    private static final List<String> CONTROL = List.of("_count", "_offset", "_format", "_pretty");

    private final FhirIo io;
    private final PatientDirectory directory;
    private final PatientResources resources;
    private final FhirConfiguration configuration;

    PatientSearchController(FhirIo io, PatientDirectory directory, PatientResources resources, FhirConfiguration configuration) {
        this.io = io;
        this.directory = directory;
        this.resources = resources;
        this.configuration = configuration;
    }

    @Secured(Roles.STEWARD)
    @Get(produces = {FhirIo.FHIR_JSON, FhirIo.FHIR_XML, "application/json", "application/xml", "text/xml"})
    @Operation(summary = "PDQm: persons by _id, active, family, given, birthdate, gender, identifier, telecom, address[-city|-state|-postalcode|-country]")
    public HttpResponse<String> search(HttpRequest<?> request) {
        List<Criterion> criteria = new ArrayList<>();
        boolean statusGiven = false;
        for (String name : request.getParameters().names()) {
            if (CONTROL.contains(name)) {
                continue;
            }
            for (String value : request.getParameters().getAll(name)) {
                Criterion criterion = criterion(name, value);
                statusGiven |= criterion.anyOf().get(0).field() == Field.ACTIVE;
                criteria.add(criterion);
            }
        }
        if (criteria.isEmpty()) {
            throw new InvalidRequestException("a Patient search needs at least one search parameter");
        }
        int count = FhirParams.count(request, DEFAULT_COUNT, MAX_COUNT);
        int offset = FhirParams.number(request, "_offset", 0);
        // One more than the page tells whether a next page exists.
        List<Person> found = directory.search(new PatientQuery(criteria, !statusGiven, count + 1, offset));
        Bundle bundle = new Bundle().setType(BundleType.SEARCHSET);
        bundle.addLink().setRelation("self").setUrl(FhirParams.pageUrl(request, "Patient", offset, count));
        if (found.size() > count) {
            bundle.addLink().setRelation("next").setUrl(FhirParams.pageUrl(request, "Patient", offset + count, count));
        }
        for (Person person : found.subList(0, Math.min(count, found.size()))) {
            bundle.addEntry().setFullUrl("Patient/" + person.personId()).setResource(resources.person(person))
                    .getSearch().setMode(SearchEntryMode.MATCH);
        }
        return io.respond(request, HttpStatus.OK, bundle);
    }

    private Criterion criterion(String parameter, String raw) {
        int colon = parameter.indexOf(':');
        String name = colon < 0 ? parameter : parameter.substring(0, colon);
        String modifier = colon < 0 ? "" : parameter.substring(colon + 1);
        Match match = switch (modifier) {
            case "" -> Match.STARTS_WITH;
            case "exact" -> Match.EXACT;
            case "contains" -> Match.CONTAINS;
            default -> throw new InvalidRequestException(parameter + ": the modifier :" + modifier + " is not supported");
        };
        if (match != Match.STARTS_WITH && !STRINGS.containsKey(name)) {
            throw new InvalidRequestException(parameter + ": :" + modifier + " applies to string parameters only");
        }
        List<Term> terms = new ArrayList<>();
        for (String value : raw.split(",")) {
            if (value.isBlank()) {
                throw new InvalidRequestException(name + ": empty value");
            }
            terms.add(term(name, match, value.trim()));
        }
        return new Criterion(terms);
    }

    private Term term(String name, Match match, String value) {
        if (STRINGS.containsKey(name)) {
            return new Term(STRINGS.get(name), match, value);
        }
        return switch (name) {
            case "_id" -> new Term(Field.PERSON_ID, Match.EXACT, value);
            case "active" -> {
                if (!value.equals("true") && !value.equals("false")) {
                    throw new InvalidRequestException("active: expected true or false");
                }
                yield new Term(Field.ACTIVE, Match.EXACT, value);
            }
            case "birthdate" -> {
                if (!DATE.matcher(value).matches()) {
                    throw new InvalidRequestException("birthdate: expected [prefix]YYYY[-MM[-DD]] with prefix eq, ne, gt, lt, ge, le, sa or eb");
                }
                yield new Term(Field.BIRTH_DATE, Match.EXACT, value);
            }
            case "gender" -> new Term(Field.SEX, Match.EXACT, switch (value.toLowerCase(Locale.ROOT)) {
                case "male" -> "M";
                case "female" -> "F";
                case "other" -> "O";
                case "unknown" -> "U";
                default -> throw new InvalidRequestException("gender: expected male, female, other or unknown");
            });
            case "identifier" -> identifier(value);
            case "telecom" -> telecom(value);
            default -> throw new InvalidRequestException(name + ": not a supported Patient search parameter (see /fhir/metadata)");
        };
    }

    /** The enterprise id, the national id, or a source record's system|value (either part may be empty). */
    private Term identifier(String token) {
        int bar = token.indexOf('|');
        String system = bar < 0 ? null : token.substring(0, bar);
        String value = bar < 0 ? token : token.substring(bar + 1);
        if (configuration.enterpriseSystem().equals(system)) {
            return new Term(Field.PERSON_ID, Match.EXACT, value);
        }
        if (configuration.nationalIdSystem().equals(system)) {
            return new Term(Field.NATIONAL_ID, Match.EXACT, value);
        }
        return new Term(Field.RECORD_IDENTIFIER, Match.EXACT, bar < 0 ? "|" + token : token);
    }

    private static Term telecom(String token) {
        int bar = token.indexOf('|');
        String system = bar < 0 ? "" : token.substring(0, bar);
        String value = bar < 0 ? token : token.substring(bar + 1);
        if (value.isBlank()) {
            throw new InvalidRequestException("telecom: a value is required");
        }
        return switch (system) {
            case "email" -> new Term(Field.EMAIL, Match.EXACT, value);
            case "phone" -> new Term(Field.PHONE, Match.EXACT, value);
            case "" -> new Term(value.contains("@") ? Field.EMAIL : Field.PHONE, Match.EXACT, value);
            default -> throw new InvalidRequestException("telecom: the system " + system + " is not searchable (phone or email)");
        };
    }
}

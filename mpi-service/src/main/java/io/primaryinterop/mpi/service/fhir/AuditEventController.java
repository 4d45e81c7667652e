package io.primaryinterop.mpi.service.fhir;

import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.primaryinterop.mpi.service.application.AuditService;
import io.primaryinterop.mpi.service.application.PatientDirectory;
import io.primaryinterop.mpi.service.domain.AuditEntry;
import io.primaryinterop.mpi.service.domain.RecordFields;
import io.primaryinterop.mpi.service.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAction;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventOutcome;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.SearchEntryMode;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/**
 * The audit trail as FHIR AuditEvents, shaped after IHE Basic Audit Log Patterns (BALP): type DICOM
 * 110110 "Patient Record", subtype the FHIR interaction (create/update) and the index's own action, the
 * actor as the requesting agent, the index as the observer, each person as a Patient entity (role 1)
 * and each source record as a domain resource entity (role 4, by identifier), the state before/after
 * as details. Read ({@code GET /fhir/AuditEvent/{id}}) and search by _id, date, patient, entity and
 * agent-name, oldest first, over {@link AuditService}.
 */
@Controller("/fhir/AuditEvent")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "fhir")
public class AuditEventController {

    static final String ACTION_SYSTEM = "urn:primaryinterop:mpi:audit-action";
    /** Actions that create a record; every other action updates the index. */
    private static final List<String> CREATING = List.of("INGEST", "BULK_LOAD");
    private static final Pattern DATE_PARAM = Pattern.compile("(eq|gt|lt|ge|le|sa|eb)?(\\d{4}(-\\d{2}(-\\d{2}(T.+)?)?)?)");
    private static final List<String> PARAMETERS = List.of("_id", "date", "patient", "entity", "agent-name",
            "_count", "_offset", "_format", "_pretty");

    private final FhirIo io;
    private final AuditService audit;
    private final PatientDirectory directory;
    private final ObjectMapper json;

    AuditEventController(FhirIo io, AuditService audit, PatientDirectory directory, ObjectMapper json) {
        this.io = io;
        this.audit = audit;
        this.directory = directory;
        this.json = json;
    }

    @Secured(Roles.STEWARD)
    @Get(uri = "/{id}", produces = {FhirIo.FHIR_JSON, FhirIo.FHIR_XML, "application/json", "application/xml", "text/xml"})
    @Operation(summary = "One audit event")
    public HttpResponse<String> read(HttpRequest<?> request, String id) {
        return event(id).map(e -> io.respond(request, HttpStatus.OK, resource(e)))
                .orElseThrow(() -> new ResourceNotFoundException("AuditEvent/" + id + " is not known"));
    }

    @Secured(Roles.STEWARD)
    @Get(produces = {FhirIo.FHIR_JSON, FhirIo.FHIR_XML, "application/json", "application/xml", "text/xml"})
    @Operation(summary = "Audit events by _id, date, patient, entity, agent-name; oldest first")
    public HttpResponse<String> search(HttpRequest<?> request) {
        FhirParams.requireKnown(request, PARAMETERS, "AuditEvent search");
        var params = request.getParameters();
        int count = FhirParams.count(request, 20, 100);
        int offset = FhirParams.number(request, "_offset", 0);
        if (offset % count != 0) {
            throw new InvalidRequestException("_offset: must be a multiple of _count (pages of _count events)");
        }
        Bundle bundle = new Bundle().setType(BundleType.SEARCHSET);
        List<AuditEntry> found;
        if (params.getFirst("_id").isPresent()) {
            found = event(params.getFirst("_id").get()).stream().toList();
            bundle.setTotal(found.size());
        } else {
            LocalDateTime[] window = window(params.getAll("date"));
            String person = null;
            RecordFields record = null;
            boolean unknownRecord = false;
            for (String name : List.of("patient", "entity")) {
                for (String value : params.getAll(name)) {
                    String id = value.startsWith("Patient/") ? value.substring("Patient/".length()) : value;
                    if (PatientResources.recordRowId(id) >= 0) {
                        record = directory.record(PatientResources.recordRowId(id)).map(r -> r.fields()).orElse(null);
                        unknownRecord |= record == null;
                    } else if (PatientResources.isPersonId(id)) {
                        person = id;
                    } else {
                        throw new InvalidRequestException(name + ": expected Patient/<id> (a person or rec-<n>)");
                    }
                }
            }
            AuditEntry.Page page = unknownRecord ? new AuditEntry.Page(List.of(), 0, count, 0)
                    : audit.search(new AuditEntry.Query(person, record == null ? null : record.source(),
                            record == null ? null : record.recordId(), params.getFirst("agent-name").orElse(null),
                            window[0], window[1], offset / count, count));
            found = page.items();
            bundle.setTotal((int) page.total());
            if (offset + count < page.total()) {
                bundle.addLink().setRelation("next").setUrl(FhirParams.pageUrl(request, "AuditEvent", offset + count, count));
            }
        }
        for (AuditEntry e : found) {
            bundle.addEntry().setFullUrl("AuditEvent/" + e.id()).setResource(resource(e))
                    .getSearch().setMode(SearchEntryMode.MATCH);
        }
        return io.respond(request, HttpStatus.OK, bundle);
    }

    private java.util.Optional<AuditEntry> event(String id) {
        return id.matches("\\d{1,18}") ? audit.event(Long.parseLong(id)) : java.util.Optional.empty();
    }

    /** [from, to) of every date parameter together (ANDed). */
    private static LocalDateTime[] window(List<String> values) {
        LocalDateTime from = null;
        LocalDateTime until = null;
        for (String value : values) {
            Matcher m = DATE_PARAM.matcher(value);
            if (!m.matches()) {
                throw new InvalidRequestException("date: expected [prefix]YYYY[-MM[-DD[Thh:mm:ss[Z|+hh:mm]]]]");
            }
            String prefix = m.group(1) == null ? "eq" : m.group(1);
            LocalDateTime[] range = range(m.group(2));
            switch (prefix) {
                case "ge" -> from = later(from, range[0]);
                case "gt", "sa" -> from = later(from, range[1]);
                case "lt", "eb" -> until = earlier(until, range[0]);
                case "le" -> until = earlier(until, range[1]);
                default -> {
                    from = later(from, range[0]);
                    until = earlier(until, range[1]);
                }
            }
        }
        if (from != null && until != null && from.isAfter(until)) {
            until = from;
        }
        return new LocalDateTime[] {from, until};
    }

    AuditEvent resource(AuditEntry e) {
        AuditEvent event = new AuditEvent();
        event.setId(Long.toString(e.id()));
        event.setType(new Coding("http://dicom.nema.org/resources/ontology/DCM", "110110", "Patient Record"));
        boolean creates = CREATING.contains(e.action());
        event.addSubtype(new Coding("http://hl7.org/fhir/restful-interaction", creates ? "create" : "update",
                creates ? "create" : "update"));
        event.addSubtype(new Coding(ACTION_SYSTEM, e.action(), e.action()));
        event.setAction(creates ? AuditEventAction.C : AuditEventAction.U);
        event.setRecorded(Date.from(e.at().toInstant(ZoneOffset.UTC)));
        event.setOutcome(AuditEventOutcome._0);
        if (e.reason() != null) {
            event.setOutcomeDesc(e.reason());
        }
        event.addAgent().setRequestor(true)
                .setWho(new Reference().setIdentifier(new Identifier().setValue(e.actor())).setDisplay(e.actor()))
                .setName(e.actor());
        event.getSource().setSite("mpi-service").setObserver(new Reference().setDisplay("mpi-service"))
                .addType(new Coding("http://terminology.hl7.org/CodeSystem/security-source-type", "4", "Application Server"));
        for (String person : e.personIds()) {
            event.addEntity().setWhat(new Reference("Patient/" + person))
                    .setType(new Coding("http://terminology.hl7.org/CodeSystem/audit-entity-type", "1", "Person"))
                    .setRole(new Coding("http://terminology.hl7.org/CodeSystem/object-role", "1", "Patient"));
        }
        for (AuditEntry.RecordRef record : e.records()) {
            event.addEntity().setWhat(new Reference().setType("Patient")
                            .setIdentifier(new Identifier().setSystem(record.source()).setValue(record.recordId())))
                    .setType(new Coding("http://terminology.hl7.org/CodeSystem/audit-entity-type", "2", "System Object"))
                    .setRole(new Coding("http://terminology.hl7.org/CodeSystem/object-role", "4", "Domain Resource"));
        }
        if (event.hasEntity()) {
            AuditEvent.AuditEventEntityComponent first = event.getEntityFirstRep();
            if (e.before() != null) {
                first.addDetail().setType("before").setValue(new StringType(text(e.before())));
            }
            if (e.after() != null) {
                first.addDetail().setType("after").setValue(new StringType(text(e.after())));
            }
        }
        return event;
    }

    private String text(Map<String, Object> document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an audit document did not serialize", e);
        }
    }

    /** [start, end) in UTC of a date or date-time of year, month, day or instant precision. */
    private static LocalDateTime[] range(String value) {
        try {
            return switch (value.length()) {
                case 4 -> new LocalDateTime[] {LocalDate.of(Integer.parseInt(value), 1, 1).atStartOfDay(),
                    LocalDate.of(Integer.parseInt(value) + 1, 1, 1).atStartOfDay()};
                case 7 -> new LocalDateTime[] {YearMonth.parse(value).atDay(1).atStartOfDay(),
                    YearMonth.parse(value).plusMonths(1).atDay(1).atStartOfDay()};
                case 10 -> new LocalDateTime[] {LocalDate.parse(value).atStartOfDay(), LocalDate.parse(value).plusDays(1).atStartOfDay()};
                default -> {
                    LocalDateTime t = value.endsWith("Z") || value.matches(".*[+-]\\d{2}:\\d{2}$")
                            ? OffsetDateTime.parse(value).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime()
                            : LocalDateTime.parse(value);
                    yield new LocalDateTime[] {t, t.plusSeconds(1)};
                }
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new InvalidRequestException("date: not a valid date or date-time");
        }
    }

    private static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    private static LocalDateTime earlier(LocalDateTime a, LocalDateTime b) {
        return a == null || b.isBefore(a) ? b : a;
    }

}

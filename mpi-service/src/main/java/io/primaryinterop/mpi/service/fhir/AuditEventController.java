package io.primaryinterop.mpi.service.fhir;

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
import io.primaryinterop.mpi.service.application.AuditTrail;
import io.primaryinterop.mpi.service.domain.AuditTrailQuery;
import io.primaryinterop.mpi.service.store.AuditTrailRepository.AuditRow;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
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

/**
 * The audit trail as FHIR AuditEvents, shaped after IHE Basic Audit Log Patterns (BALP): type DICOM
 * 110110 "Patient Record", subtype the FHIR interaction (create/update) and the index's own action, the
 * actor as the requesting agent, the index as the observer, the person as the Patient entity (role 1)
 * and the source record as a domain resource entity (role 4) with the decision before/after as details.
 * Read ({@code GET /fhir/AuditEvent/{id}}) and search by _id, date, patient, entity, agent-name, action,
 * subtype; newest first.
 */
@Controller("/fhir/AuditEvent")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "fhir")
public class AuditEventController {

    static final String ACTION_SYSTEM = "urn:primaryinterop:mpi:audit-action";
    /** Actions that create a record; every other action updates the index. */
    private static final List<String> CREATING = List.of("INGEST", "BULK_LOAD");
    private static final Pattern DATE_PARAM = Pattern.compile("(eq|gt|lt|ge|le|sa|eb)?(\\d{4}(-\\d{2}(-\\d{2}(T.+)?)?)?)");
    private static final List<String> PARAMETERS = List.of("_id", "date", "patient", "entity", "agent-name", "action",
            "subtype", "_count", "_offset", "_format", "_pretty");

    private final FhirIo io;
    private final AuditTrail trail;

    AuditEventController(FhirIo io, AuditTrail trail) {
        this.io = io;
        this.trail = trail;
    }

    @Secured(Roles.STEWARD)
    @Get(uri = "/{id}", produces = {FhirIo.FHIR_JSON, FhirIo.FHIR_XML, "application/json", "application/xml", "text/xml"})
    @Operation(summary = "One audit event")
    public HttpResponse<String> read(HttpRequest<?> request, String id) {
        AuditRow row = parseId(id) < 0 ? null : trail.event(parseId(id)).orElse(null);
        if (row == null) {
            throw new ResourceNotFoundException("AuditEvent/" + id + " is not known");
        }
        return io.respond(request, HttpStatus.OK, resource(row));
    }

    @Secured(Roles.STEWARD)
    @Get(produces = {FhirIo.FHIR_JSON, FhirIo.FHIR_XML, "application/json", "application/xml", "text/xml"})
    @Operation(summary = "Audit events by _id, date, patient, entity, agent-name, action, subtype; newest first")
    public HttpResponse<String> search(HttpRequest<?> request) {
        FhirParams.requireKnown(request, PARAMETERS, "AuditEvent search");
        var params = request.getParameters();
        LocalDateTime from = null;
        LocalDateTime until = null;
        for (String value : params.getAll("date")) {
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
        Long recordRow = null;
        String person = null;
        for (String name : List.of("patient", "entity")) {
            for (String value : params.getAll(name)) {
                String id = value.startsWith("Patient/") ? value.substring("Patient/".length()) : value;
                if (PatientResources.recordRowId(id) >= 0) {
                    recordRow = PatientResources.recordRowId(id);
                } else if (PatientResources.isPersonId(id)) {
                    person = id;
                } else {
                    throw new InvalidRequestException(name + ": expected Patient/<id> (a person or rec-<n>)");
                }
            }
        }
        List<String> actions = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        params.getFirst("action").ifPresent(a -> {
            switch (a) {
                case "C" -> actions.addAll(CREATING);
                case "U" -> excluded.addAll(CREATING);
                case "R", "D", "E" -> actions.add("(none)");
                default -> throw new InvalidRequestException("action: expected C, R, U, D or E");
            }
        });
        params.getFirst("subtype").ifPresent(s -> {
            String code = s.substring(s.indexOf('|') + 1);
            switch (code) {
                case "create" -> actions.addAll(CREATING);
                case "update" -> excluded.addAll(CREATING);
                default -> actions.add(code);
            }
        });
        int count = FhirParams.count(request, 20, 100);
        int offset = FhirParams.number(request, "_offset", 0);
        String id = params.getFirst("_id").orElse(null);
        List<AuditRow> rows = id != null
                ? trail.event(parseId(id)).filter(r -> parseId(id) >= 0).stream().toList()
                : trail.search(new AuditTrailQuery(from, until, recordRow, person,
                        params.getFirst("agent-name").orElse(null), actions, excluded, count, offset));
        Bundle bundle = new Bundle().setType(BundleType.SEARCHSET);
        for (AuditRow row : rows) {
            bundle.addEntry().setFullUrl("AuditEvent/" + row.id()).setResource(resource(row))
                    .getSearch().setMode(SearchEntryMode.MATCH);
        }
        return io.respond(request, HttpStatus.OK, bundle);
    }

    AuditEvent resource(AuditRow row) {
        AuditEvent event = new AuditEvent();
        event.setId(Long.toString(row.id()));
        event.setType(new Coding("http://dicom.nema.org/resources/ontology/DCM", "110110", "Patient Record"));
        boolean creates = CREATING.contains(row.action());
        event.addSubtype(new Coding("http://hl7.org/fhir/restful-interaction", creates ? "create" : "update",
                creates ? "create" : "update"));
        event.addSubtype(new Coding(ACTION_SYSTEM, row.action(), row.action()));
        event.setAction(creates ? AuditEventAction.C : AuditEventAction.U);
        event.setRecorded(Date.from(row.at().toInstant(ZoneOffset.UTC)));
        event.setOutcome(AuditEventOutcome._0);
        if (row.reason() != null) {
            event.setOutcomeDesc(row.reason());
        }
        event.addAgent().setRequestor(true)
                .setWho(new Reference().setIdentifier(new Identifier().setValue(row.actor())).setDisplay(row.actor()))
                .setName(row.actor());
        event.getSource().setSite("mpi-service").setObserver(new Reference().setDisplay("mpi-service"))
                .addType(new Coding("http://terminology.hl7.org/CodeSystem/security-source-type", "4", "Application Server"));
        if (row.personId() != null) {
            event.addEntity().setWhat(new Reference("Patient/" + row.personId()))
                    .setType(new Coding("http://terminology.hl7.org/CodeSystem/audit-entity-type", "1", "Person"))
                    .setRole(new Coding("http://terminology.hl7.org/CodeSystem/object-role", "1", "Patient"));
        }
        if (row.recordRowId() != null) {
            AuditEvent.AuditEventEntityComponent record = event.addEntity()
                    .setWhat(new Reference("Patient/" + PatientResources.recordId(row.recordRowId())))
                    .setType(new Coding("http://terminology.hl7.org/CodeSystem/audit-entity-type", "2", "System Object"))
                    .setRole(new Coding("http://terminology.hl7.org/CodeSystem/object-role", "4", "Domain Resource"));
            if (row.beforeJson() != null) {
                record.addDetail().setType("before").setValue(new org.hl7.fhir.r4.model.StringType(row.beforeJson()));
            }
            if (row.afterJson() != null) {
                record.addDetail().setType("after").setValue(new org.hl7.fhir.r4.model.StringType(row.afterJson()));
            }
        }
        return event;
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

    private static long parseId(String id) {
        return id.matches("\\d{1,18}") ? Long.parseLong(id) : -1;
    }
}

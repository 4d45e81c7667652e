package io.primaryinterop.mpi.service.fhir;

import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Date;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementKind;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.ConditionalReadStatus;
import org.hl7.fhir.r4.model.CapabilityStatement.ResourceVersionPolicy;
import org.hl7.fhir.r4.model.CapabilityStatement.RestfulCapabilityMode;
import org.hl7.fhir.r4.model.CapabilityStatement.SystemRestfulInteraction;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.Enumerations.FHIRVersion;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Enumerations.SearchParamType;

/**
 * {@code GET /fhir/metadata}: what this server does, and nothing it does not (a test reads it back and
 * exercises every declared interaction and search parameter).
 */
@Controller("/fhir/metadata")
@Tag(name = "fhir")
public class CapabilityController {

    /** PDQm search parameters on Patient, with their types. */
    static final String[][] PATIENT_SEARCH = {
        {"_id", "token"}, {"active", "token"}, {"family", "string"}, {"given", "string"}, {"birthdate", "date"},
        {"gender", "token"}, {"identifier", "token"}, {"telecom", "token"}, {"address", "string"},
        {"address-city", "string"}, {"address-state", "string"}, {"address-postalcode", "string"},
        {"address-country", "string"}};
    /** AuditEvent search parameters. */
    static final String[][] AUDIT_SEARCH = {
        {"_id", "token"}, {"date", "date"}, {"patient", "reference"}, {"entity", "reference"}, {"agent-name", "string"}};

    private final FhirIo io;
    private final Date started = new Date();

    CapabilityController(FhirIo io) {
        this.io = io;
    }

    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get(produces = {FhirIo.FHIR_JSON, FhirIo.FHIR_XML, "application/json", "application/xml", "text/xml"})
    @Operation(summary = "The CapabilityStatement of the FHIR R4 endpoint")
    public HttpResponse<String> metadata(HttpRequest<?> request) {
        return io.respond(request, HttpStatus.OK, statement());
    }

    CapabilityStatement statement() {
        CapabilityStatement cs = new CapabilityStatement();
        cs.setStatus(PublicationStatus.ACTIVE).setDate(started).setKind(CapabilityStatementKind.INSTANCE)
                .setFhirVersion(FHIRVersion._4_0_1).setPublisher("Primary Interop MPI")
                .setDescription("Master patient index: source records and persons as Patient, $match, IHE PDQm "
                        + "(ITI-78), PIXm (ITI-83, ITI-104 feed by conditional update), AuditEvent read and search");
        cs.addFormat("json").addFormat("xml").addFormat(FhirIo.FHIR_JSON).addFormat(FhirIo.FHIR_XML);
        cs.getSoftware().setName("Primary Interop MPI").setVersion("0.1.0");
        cs.getImplementation().setDescription("mpi-service /fhir");
        cs.addInstantiates("https://profiles.ihe.net/ITI/PDQm/CapabilityStatement/IHE.PDQm.Supplier");
        cs.addInstantiates("https://profiles.ihe.net/ITI/PIXm/CapabilityStatement/IHE.PIXm.Manager");
        CapabilityStatementRestComponent rest = cs.addRest().setMode(RestfulCapabilityMode.SERVER);
        rest.addInteraction().setCode(SystemRestfulInteraction.TRANSACTION)
                .setDocumentation("Patient entries only (POST, PUT Patient/id, PUT Patient?identifier=): all "
                        + "validated before any is written, then ingested one by one");
        rest.addInteraction().setCode(SystemRestfulInteraction.BATCH)
                .setDocumentation("Patient entries ingested one by one; other entries answered with an error each");

        CapabilityStatementRestResourceComponent patient = rest.addResource().setType("Patient")
                .setVersioning(ResourceVersionPolicy.VERSIONEDUPDATE).setReadHistory(false).setUpdateCreate(false)
                .setConditionalCreate(true).setConditionalUpdate(true).setConditionalRead(ConditionalReadStatus.NOTSUPPORTED)
                .setDocumentation("Patient/rec-<n> is a source record (identifier system = MPI source); "
                        + "Patient/<enterprise id> is a person's golden record, read only");
        patient.addSupportedProfile("http://hl7.org/fhir/StructureDefinition/Patient");
        for (TypeRestfulInteraction i : new TypeRestfulInteraction[] {TypeRestfulInteraction.READ,
            TypeRestfulInteraction.CREATE, TypeRestfulInteraction.UPDATE, TypeRestfulInteraction.SEARCHTYPE}) {
            patient.addInteraction().setCode(i);
        }
        for (String[] p : PATIENT_SEARCH) {
            patient.addSearchParam().setName(p[0]).setType(SearchParamType.fromCode(p[1]));
        }
        patient.addOperation().setName("match").setDefinition("http://hl7.org/fhir/OperationDefinition/Patient-match");
        patient.addOperation().setName("ihe-pix").setDefinition("https://profiles.ihe.net/ITI/PIXm/OperationDefinition/IHE.PIXm.pix");

        CapabilityStatementRestResourceComponent audit = rest.addResource().setType("AuditEvent")
                .setDocumentation("The index's audit trail (read only), shaped after IHE Basic Audit Log Patterns");
        audit.addInteraction().setCode(TypeRestfulInteraction.READ);
        audit.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
        for (String[] p : AUDIT_SEARCH) {
            audit.addSearchParam().setName(p[0]).setType(SearchParamType.fromCode(p[1]));
        }
        return cs;
    }
}

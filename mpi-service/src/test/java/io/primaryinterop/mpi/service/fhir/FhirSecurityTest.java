package io.primaryinterop.mpi.service.fhir;

import static io.primaryinterop.mpi.service.fhir.FhirPatientApiTest.JSON;
import static io.primaryinterop.mpi.service.fhir.FhirPatientApiTest.XML;
import static io.primaryinterop.mpi.service.fhir.FhirPatientApiTest.assertOutcome;
import static io.primaryinterop.mpi.service.store.jooq.Tables.AUDIT_EVENT;
import static io.primaryinterop.mpi.service.store.jooq.Tables.SOURCE_RECORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.primaryinterop.mpi.service.security.Roles;
import io.primaryinterop.mpi.service.testing.Records;
import io.primaryinterop.mpi.service.testing.Records.Identity;
import io.primaryinterop.mpi.service.testing.RunningService;
import io.primaryinterop.mpi.service.testing.RunningService.Reply;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Security under /fhir: 401 and 403 are OperationOutcomes (login / forbidden) in the format asked for, a
 * 401 with a Bearer challenge, while the JSON API keeps problem+json; and every Patient write is audited
 * with the token's subject as its actor (an ndjson import with {@code fhir-import}), never the fixed "ingest".
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FhirSecurityTest {

    private RunningService service;

    @BeforeAll
    void start() {
        service = RunningService.onOwnH2();
    }

    @AfterAll
    void stop() {
        service.close();
    }

    /** Who calls (no token, a bad token, a token without the role) -> status and issue code, for JSON and XML. */
    Stream<Arguments> rejections() {
        String patient = FhirFixtures.patientJson(Identity.random(), "urn:oid:1.2.9.1", Records.id());
        return Stream.of(
                Arguments.of("no token", "GET", "/fhir/Patient/rec-1", null, 401, "login"),
                Arguments.of("no token", "POST", "/fhir", patient, 401, "login"),
                Arguments.of("not a JWT", "POST", "/fhir/Patient", patient, 401, "login"),
                Arguments.of("steward", "POST", "/fhir/Patient", patient, 403, "forbidden"),
                Arguments.of("steward", "POST", "/fhir/Patient/$match", patient, 403, "forbidden"),
                Arguments.of("gateway", "GET", "/fhir/Patient?family=Smith", null, 403, "forbidden"),
                Arguments.of("gateway", "GET", "/fhir/Patient/$ihe-pix?sourceIdentifier=urn:oid:1.2.9.1%7Cx", null, 403, "forbidden"),
                Arguments.of("admin", "GET", "/fhir/AuditEvent", null, 403, "forbidden"));
    }

    private RunningService caller(String who) {
        return switch (who) {
            case "no token" -> service.anonymous();
            case "not a JWT" -> service.as("not-a-jwt");
            default -> service.withRoles("fhir-" + who, who);
        };
    }

    @ParameterizedTest(name = "{0}: {1} {2} -> {4} {5}")
    @MethodSource("rejections")
    void aRejectedRequestIsAnOperationOutcomeInTheFormatAskedFor(String who, String method, String path, String body,
                                                               int status, String code) {
        Reply json = caller(who).send(method, path, body == null ? null : JSON, body, JSON);
        assertEquals(status, json.status(), json.text());
        assertOutcome(json, code);
        assertChallenge(json, status);

        Reply xml = caller(who).send(method, path, body == null ? null : JSON, body, XML);
        assertEquals(status, xml.status(), xml.text());
        assertTrue(xml.contentType().startsWith(XML), xml.contentType());
        assertTrue(xml.text().startsWith("<OperationOutcome xmlns=\"http://hl7.org/fhir\">"), xml.text());
        assertTrue(xml.text().contains("<severity value=\"error\"") && xml.text().contains("<code value=\"" + code + "\""),
                xml.text());
        assertChallenge(xml, status);

        String withFormat = path + (path.contains("?") ? "&" : "?") + "_format=xml";
        Reply format = caller(who).send(method, withFormat, body == null ? null : JSON, body, null);
        assertEquals(status, format.status(), format.text());
        assertTrue(format.contentType().startsWith(XML), format.contentType());
    }

    private static void assertChallenge(Reply reply, int status) {
        if (status == 401) {
            assertEquals(FhirAuthorizationExceptionHandler.BEARER_CHALLENGE, reply.header("WWW-Authenticate"), reply.headers().toString());
        } else {
            assertNull(reply.header("WWW-Authenticate"), reply.headers().toString());
        }
    }

    @Test
    void theJsonApiKeepsProblemJsonForTheSameRejections() {
        Reply none = service.anonymous().get("/api/v1/persons/x");
        assertEquals(401, none.status());
        assertTrue(none.contentType().startsWith("application/problem+json"), none.contentType());
        Reply wrongRole = service.withRoles("fhir-gateway", Roles.GATEWAY).get("/api/v1/persons/x");
        assertEquals(403, wrongRole.status());
        assertTrue(wrongRole.contentType().startsWith("application/problem+json"), wrongRole.contentType());
    }

    /** The actors of the audit events of one source record (rec-n), oldest first. */
    private List<String> actorsOf(String recordId) {
        long row = Long.parseLong(recordId.substring("rec-".length()));
        return service.dsl().select(AUDIT_EVENT.ACTOR).from(AUDIT_EVENT).where(AUDIT_EVENT.RECORD_ID.eq(row))
                .orderBy(AUDIT_EVENT.ID).fetch(AUDIT_EVENT.ACTOR);
    }

    private static String idOf(Reply reply) {
        return reply.json().get("id").asText();
    }

    @Test
    void createUpdateAndConditionalUpdateAreAuditedWithTheTokensSubject() {
        RunningService creator = service.withRoles("ehr-gateway-1", Roles.GATEWAY);
        RunningService updater = service.withRoles("ehr-gateway-2", Roles.GATEWAY);
        Identity p = Identity.random();
        String system = "urn:oid:1.2.9.2";
        String mrn = Records.id();

        Reply created = creator.send("POST", "/fhir/Patient", JSON, FhirFixtures.patientJson(p, system, mrn), JSON);
        assertEquals(201, created.status(), created.text());
        String id = idOf(created);
        Reply updated = updater.send("PUT", "/fhir/Patient/" + id, JSON,
                FhirFixtures.patientJson(p, system, mrn).replace("Richmond", "Norfolk"), JSON);
        assertEquals(200, updated.status(), updated.text());
        assertEquals(List.of("ehr-gateway-1", "ehr-gateway-2"), actorsOf(id));

        String feedMrn = Records.id();
        Reply fed = service.withRoles("pix-feed", Roles.GATEWAY).send("PUT", "/fhir/Patient?identifier=" + system + "%7C" + feedMrn,
                JSON, FhirFixtures.patientJson(Identity.random(), system, feedMrn), JSON);
        assertEquals(201, fed.status(), fed.text());
        assertEquals(List.of("pix-feed"), actorsOf(idOf(fed)));
        assertEquals(0, service.dsl().fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTOR.eq("ingest")));
    }

    @Test
    void transactionAndBatchBundlesAreAuditedWithTheTokensSubject() {
        String system = "urn:oid:1.2.9.3";
        for (String type : List.of("transaction", "batch")) {
            String entries = String.join(",",
                    entry(FhirFixtures.patientJson(Identity.random(), system, Records.id())),
                    entry(FhirFixtures.patientJson(Identity.random(), system, Records.id())));
            String bundle = "{\"resourceType\":\"Bundle\",\"type\":\"" + type + "\",\"entry\":[" + entries + "]}";
            Reply reply = service.withRoles("bundle-" + type, Roles.GATEWAY).send("POST", "/fhir", JSON, bundle, JSON);
            assertEquals(200, reply.status(), reply.text());
            for (int i = 0; i < 2; i++) {
                String location = reply.json().get("entry").get(i).get("response").get("location").asText();
                String id = location.substring("Patient/".length(), location.indexOf("/_history"));
                assertEquals(List.of("bundle-" + type), actorsOf(id), type + " entry " + i);
            }
        }
        assertEquals(0, service.dsl().fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTOR.eq("ingest")));
    }

    private static String entry(String patient) {
        return "{\"resource\":" + patient + ",\"request\":{\"method\":\"POST\",\"url\":\"Patient\"}}";
    }

    @Test
    void anNdjsonImportIsAuditedAsTheImport(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("Patient.ndjson");
        String mrn = Records.id();
        Files.writeString(file, FhirFixtures.patientJson(Identity.random(), "urn:oid:1.2.9.4", mrn).replace("\n", "") + "\n");

        assertEquals(new PatientImport.Summary(1, 0, 0),
                service.context().getBean(PatientImport.class).importNdjson(file, false, m -> { }));

        Long row = service.dsl().select(SOURCE_RECORD.ID).from(SOURCE_RECORD)
                .where(SOURCE_RECORD.SOURCE.eq("urn:oid:1.2.9.4").and(SOURCE_RECORD.RECORD_ID.eq(mrn))).fetchOne(SOURCE_RECORD.ID);
        assertEquals(List.of(PatientImport.ACTOR), actorsOf("rec-" + row));
    }
}

package io.primaryinterop.mpi.service.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.primaryinterop.mpi.service.testing.Records;
import io.primaryinterop.mpi.service.testing.Records.Identity;
import io.primaryinterop.mpi.service.testing.RunningService;
import io.primaryinterop.mpi.service.testing.RunningService.Reply;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** FHIR Patient create, read, update, conditional update and the CapabilityStatement, through HTTP on H2. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FhirPatientApiTest {

    static final String JSON = "application/fhir+json";
    static final String XML = "application/fhir+xml";

    private RunningService service;

    @BeforeAll
    void start() {
        service = RunningService.onOwnH2();
    }

    @AfterAll
    void stop() {
        service.close();
    }

    Reply create(String body) {
        Reply reply = service.send("POST", "/fhir/Patient", JSON, body, JSON);
        assertEquals(201, reply.status(), reply.text());
        return reply;
    }

    static String personOf(JsonNode sourcePatient) {
        JsonNode link = sourcePatient.get("link").get(0);
        assertEquals("refer", link.get("type").asText());
        return link.get("other").get("reference").asText().substring("Patient/".length());
    }

    @Test
    void aCreatedPatientIsASourceRecordThatRefersToItsPerson() {
        Identity p = Identity.random();
        String mrn = Records.id();
        Reply created = create(FhirFixtures.patientJson(p, "urn:oid:2.16.840.1.113883.19.5", mrn));

        String id = created.json().get("id").asText();
        assertTrue(id.startsWith("rec-"), id);
        assertEquals("/fhir/Patient/" + id + "/_history/1", created.header("Location"));
        assertEquals("W/\"1\"", created.header("ETag"));
        assertTrue(created.contentType().startsWith(JSON), created.contentType());
        String person = personOf(created.json());

        Reply read = service.get("/fhir/Patient/" + id, JSON);
        assertEquals(200, read.status(), read.text());
        assertEquals(p.family(), read.json().get("name").get(0).get("family").asText());
        assertEquals("urn:oid:2.16.840.1.113883.19.5", read.json().get("identifier").get(0).get("system").asText());
        assertEquals(mrn, read.json().get("identifier").get(0).get("value").asText());
        assertEquals("http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex",
                read.json().get("extension").get(0).get("url").asText(), "the resource is kept as its source sent it");
        assertEquals(person, personOf(read.json()));
    }

    @Test
    void aPersonReadsAsItsGoldenRecordWithLinksToItsSourceRecords() {
        Identity p = Identity.random();
        String first = create(FhirFixtures.patientJson(p, "urn:oid:1.2.3.1", Records.id())).json().get("id").asText();
        Reply second = create(FhirFixtures.patientJson(p, "urn:oid:1.2.3.2", Records.id()));
        String person = personOf(second.json());

        Reply read = service.get("/fhir/Patient/" + person, JSON);

        assertEquals(200, read.status(), read.text());
        JsonNode golden = read.json();
        assertEquals(person, golden.get("id").asText());
        assertTrue(golden.get("active").asBoolean());
        assertEquals(p.family(), golden.get("name").get(0).get("family").asText());
        assertEquals(p.birthDate(), golden.get("birthDate").asText());
        assertEquals("urn:primaryinterop:mpi:person", golden.get("identifier").get(0).get("system").asText());
        assertEquals(person, golden.get("identifier").get(0).get("value").asText());
        List<String> links = new ArrayList<>();
        golden.get("link").forEach(l -> {
            assertEquals("seealso", l.get("type").asText());
            links.add(l.get("other").get("reference").asText());
        });
        assertEquals(List.of("Patient/" + first, "Patient/" + second.json().get("id").asText()), links);
    }

    @Test
    void xmlInAndXmlOutByContentTypeAcceptAndFormat() {
        Identity p = Identity.random();
        Reply created = service.send("POST", "/fhir/Patient", XML, FhirFixtures.patientXml(p, "urn:oid:1.2.3.9", Records.id()), XML);
        assertEquals(201, created.status(), created.text());
        assertTrue(created.contentType().startsWith(XML), created.contentType());
        assertTrue(created.text().contains("<family value=\"" + p.family() + "\">"), created.text());
        String id = created.text().replaceAll("(?s).*<id value=\"(rec-\\d+)\">.*", "$1");

        Reply json = service.get("/fhir/Patient/" + id + "?_format=json", XML);
        assertTrue(json.contentType().startsWith(JSON), json.contentType());
        assertEquals(p.given(), json.json().get("name").get(0).get("given").get(0).asText());
        Reply xml = service.get("/fhir/Patient/" + id + "?_format=xml", JSON);
        assertTrue(xml.text().startsWith("<Patient xmlns=\"http://hl7.org/fhir\">"), xml.text());
        Reply accept = service.get("/fhir/Patient/" + id, "application/xml");
        assertTrue(accept.contentType().startsWith(XML), accept.contentType());
    }

    @Test
    void anUpdateChangesTheRecordAndItsVersionAndAStaleIfMatchIsRefused() {
        Identity p = Identity.random();
        String system = "urn:oid:1.2.3.4";
        String mrn = Records.id();
        String id = create(FhirFixtures.patientJson(p, system, mrn)).json().get("id").asText();
        String changed = FhirFixtures.patientJson(p, system, mrn).replace(p.street(), "17 Other Road");

        Reply updated = service.send("PUT", "/fhir/Patient/" + id, JSON, changed, JSON, "If-Match", "W/\"1\"");
        assertEquals(200, updated.status(), updated.text());
        assertEquals("2", updated.json().get("meta").get("versionId").asText());
        assertEquals("17 Other Road", updated.json().get("address").get(0).get("line").get(0).asText());

        Reply stale = service.send("PUT", "/fhir/Patient/" + id, JSON, changed, JSON, "If-Match", "W/\"1\"");
        assertEquals(412, stale.status(), stale.text());
        assertOutcome(stale, "conflict");
    }

    @Test
    void theIdentityFeedCreatesThenUpdatesTheRecordTheIdentifierNames() {
        Identity p = Identity.random();
        String system = "urn:oid:1.2.3.5";
        String mrn = Records.id();
        String path = "/fhir/Patient?identifier=" + system + "%7C" + mrn;

        Reply first = service.put(path, JSON, FhirFixtures.patientJson(p, system, mrn));
        assertEquals(201, first.status(), first.text());
        Reply again = service.put(path, JSON, FhirFixtures.patientJson(p, system, mrn).replace("Richmond", "Norfolk"));
        assertEquals(200, again.status(), again.text());
        assertEquals(first.json().get("id").asText(), again.json().get("id").asText());
        assertEquals("Norfolk", again.json().get("address").get(0).get("city").asText());
        assertEquals(personOf(first.json()), personOf(again.json()));
    }

    @Test
    void aCreateWithIfNoneExistReturnsTheExistingRecordUnchanged() {
        Identity p = Identity.random();
        String mrn = Records.id();
        String body = FhirFixtures.patientJson(p, "urn:oid:1.2.3.6", mrn);
        String id = create(body).json().get("id").asText();

        Reply again = service.send("POST", "/fhir/Patient", JSON, body.replace("Richmond", "Norfolk"), JSON,
                "If-None-Exist", "identifier=urn:oid:1.2.3.6|" + mrn);

        assertEquals(200, again.status(), again.text());
        assertEquals(id, again.json().get("id").asText());
        assertEquals("Richmond", again.json().get("address").get(0).get("city").asText());
    }

    @Test
    void aPersonsGoldenRecordCannotBeUpdatedAndAnIdentityCannotChange() {
        Identity p = Identity.random();
        Reply created = create(FhirFixtures.patientJson(p, "urn:oid:1.2.3.7", Records.id()));
        String id = created.json().get("id").asText();

        Reply golden = service.put("/fhir/Patient/" + personOf(created.json()), JSON, FhirFixtures.patientJson(p, "urn:oid:1.2.3.7", Records.id()));
        assertEquals(405, golden.status(), golden.text());
        assertOutcome(golden, "not-supported");

        Reply other = service.put("/fhir/Patient/" + id, JSON, FhirFixtures.patientJson(p, "urn:oid:1.2.3.7", Records.id()));
        assertEquals(409, other.status(), other.text());
        assertOutcome(other, "conflict");
    }

    @Test
    void aMergedPersonIsInactiveWithAReplacedByLinkToItsSurvivor() {
        String survivor = personOf(create(FhirFixtures.patientJson(Identity.random(), "urn:oid:1.2.3.10", Records.id())).json());
        String merged = personOf(create(FhirFixtures.patientJson(Identity.random(), "urn:oid:1.2.3.10", Records.id())).json());
        Reply merge = service.post("/api/v1/persons/" + survivor + "/merge", "{\"personId\":\"" + merged + "\"}");
        assertEquals(200, merge.status(), merge.text());

        Reply read = service.get("/fhir/Patient/" + merged, JSON);

        assertEquals(200, read.status(), read.text());
        assertFalse(read.json().get("active").asBoolean());
        JsonNode last = read.json().get("link").get(read.json().get("link").size() - 1);
        assertEquals("replaced-by", last.get("type").asText());
        assertEquals("Patient/" + survivor, last.get("other").get("reference").asText());
    }

    @Test
    void anErrorComesInTheFormatAsked() {
        Reply xml = service.get("/fhir/Patient/rec-999999999", XML);
        assertEquals(404, xml.status());
        assertTrue(xml.contentType().startsWith(XML), xml.contentType());
        assertTrue(xml.text().startsWith("<OperationOutcome xmlns=\"http://hl7.org/fhir\">"), xml.text());
        Reply unknownRoute = service.get("/fhir/Nothing?_format=xml", JSON);
        assertEquals(404, unknownRoute.status());
        assertTrue(unknownRoute.text().startsWith("<OperationOutcome"), unknownRoute.text());
    }

    @Test
    void theCapabilityStatementDeclaresPatientAuditEventAndTheOperations() {
        Reply json = service.get("/fhir/metadata", JSON);
        assertEquals(200, json.status(), json.text());
        assertEquals("CapabilityStatement", json.json().get("resourceType").asText());
        assertEquals("4.0.1", json.json().get("fhirVersion").asText());
        JsonNode patient = json.json().get("rest").get(0).get("resource").get(0);
        assertEquals("Patient", patient.get("type").asText());
        List<String> operations = new ArrayList<>();
        patient.get("operation").forEach(o -> operations.add(o.get("name").asText()));
        assertEquals(List.of("match", "ihe-pix"), operations);

        Reply xml = service.get("/fhir/metadata?_format=xml", null);
        assertTrue(xml.text().startsWith("<CapabilityStatement xmlns=\"http://hl7.org/fhir\">"), xml.text());
    }

    /** Bad input of every kind gets its 4xx OperationOutcome; nothing answers 5xx. */
    @ParameterizedTest(name = "{0} {1} [{2}] -> {4}")
    @CsvSource(delimiter = ';', value = {
        "POST; /fhir/Patient; application/fhir+json; {\"resourceType\":\"Patient\",; 400; invalid",
        "POST; /fhir/Patient; application/fhir+json; not json at all; 400; invalid",
        "POST; /fhir/Patient; application/fhir+json; ''; 400; invalid",
        "POST; /fhir/Patient; application/fhir+json; {\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"x\"}}; 400; invalid",
        "POST; /fhir/Patient; application/fhir+json; {\"resourceType\":\"Nonsense\"}; 400; invalid",
        "POST; /fhir/Patient; application/fhir+json; {\"resourceType\":\"Patient\",\"gender\":\"fem\"}; 400; invalid",
        "POST; /fhir/Patient; application/fhir+json; [1,2,3]; 400; invalid",
        "POST; /fhir/Patient; application/fhir+xml; <Patient xmlns=\"http://hl7.org/fhir\"><name>; 400; invalid",
        "POST; /fhir/Patient; application/fhir+xml; <Observation xmlns=\"http://hl7.org/fhir\"/>; 400; invalid",
        "POST; /fhir/Patient; application/fhir+xml; <Patient xmlns=\"http://hl7.org/fhir\"><birthDate value=\"yesterday\"/></Patient>; 400; invalid",
        "POST; /fhir/Patient; application/fhir+json; {\"resourceType\":\"Patient\",\"name\":[{\"family\":\"Doe\"}]}; 422; business-rule",
        "POST; /fhir/Patient; application/fhir+json; {\"resourceType\":\"Patient\",\"identifier\":[{\"value\":\"1\"}]}; 422; business-rule",
        "POST; /fhir/Patient; application/fhir+json; {\"resourceType\":\"Patient\",\"identifier\":[{\"system\":\"urn:oid:1.2\",\"value\":\"9\"}],\"birthDate\":\"1970\"}; 422; business-rule",
        "POST; /fhir/Patient; application/fhir+json; {\"resourceType\":\"Patient\",\"identifier\":[{\"system\":\"urn:oid:1.2\",\"value\":\"9\"}],\"birthDate\":\"1970-02-31\"}; 400; invalid",
        "POST; /fhir/Patient; text/csv; a,b,c; 415; not-supported",
        "PUT; /fhir/Patient/rec-999999999; application/fhir+json; {\"resourceType\":\"Patient\",\"identifier\":[{\"system\":\"urn:oid:1.2\",\"value\":\"9\"}]}; 404; not-found",
        "PUT; /fhir/Patient/rec-1; application/fhir+json; {\"resourceType\":\"Patient\",\"id\":\"rec-2\"}; 400; invalid",
        "PUT; /fhir/Patient?identifier=nobar; application/fhir+json; {\"resourceType\":\"Patient\"}; 400; invalid",
        "PUT; /fhir/Patient?family=Doe; application/fhir+json; {\"resourceType\":\"Patient\"}; 400; invalid",
        "GET; /fhir/Patient/rec-999999999; ; ; 404; not-found",
        "GET; /fhir/Patient/00000000-0000-0000-0000-000000000000; ; ; 404; not-found",
        "GET; /fhir/Patient/not..an-id; ; ; 404; not-found",
        "GET; /fhir/Patient/rec-1?_format=csv; ; ; 400; invalid",
        "GET; /fhir/NoSuchType/1; ; ; 404; not-found",
        "DELETE; /fhir/Patient/rec-1; ; ; 405; not-supported",
    })
    void badInputGetsAnOperationOutcomeWithTheRightStatus(String method, String path, String contentType, String body,
                                                          int status, String issueCode) {
        Reply reply = service.send(method, path, contentType, body, JSON);
        assertEquals(status, reply.status(), reply.text());
        assertOutcome(reply, issueCode);
    }

    @Test
    void aTooLongValueNamesItsElement() {
        Identity p = Identity.random();
        String body = FhirFixtures.patientJson(p, "urn:oid:1.2.3.8", Records.id()).replace(p.family(), "X".repeat(101));
        Reply reply = service.send("POST", "/fhir/Patient", JSON, body, JSON);
        assertEquals(400, reply.status(), reply.text());
        assertOutcome(reply, "invalid");
        assertEquals("Patient.name.family", reply.json().get("issue").get(0).get("expression").get(0).asText());
    }

    static void assertOutcome(Reply reply, String issueCode) {
        assertTrue(reply.contentType().startsWith(JSON), reply.contentType() + " " + reply.text());
        assertEquals("OperationOutcome", reply.json().get("resourceType").asText(), reply.text());
        JsonNode issue = reply.json().get("issue").get(0);
        assertEquals("error", issue.get("severity").asText());
        assertEquals(issueCode, issue.get("code").asText(), reply.text());
        assertNotEquals("", issue.path("diagnostics").asText(), reply.text());
    }
}

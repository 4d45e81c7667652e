package io.primaryinterop.mpi.service.fhir;

import static io.primaryinterop.mpi.service.fhir.FhirPatientApiTest.JSON;
import static io.primaryinterop.mpi.service.fhir.FhirPatientApiTest.assertOutcome;
import static io.primaryinterop.mpi.service.fhir.FhirPatientApiTest.personOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.primaryinterop.mpi.service.application.IdentityService;
import io.primaryinterop.mpi.service.testing.Records;
import io.primaryinterop.mpi.service.testing.Records.Identity;
import io.primaryinterop.mpi.service.testing.RunningService;
import io.primaryinterop.mpi.service.testing.RunningService.Reply;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PDQm search, PIXm query and AuditEvent read/search through HTTP on H2, over two synthetic persons. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FhirSearchApiTest {

    static final String SYSTEM_A = "urn:oid:1.2.5.1";
    static final String SYSTEM_B = "urn:oid:1.2.5.2";

    private RunningService service;
    private final Identity alice = Identity.random();
    // Consecutive random identities can share letter runs: the other person's names are fixed and unlike Alice's.
    private final Identity other = new Identity("Petronella", "Oakhurst", "1944-03-09", "9 Quay Lane", "310-555-0199",
            "512-44-7788", "petronella@example.org");
    private final String mrnA = Records.id();
    private final String mrnB = Records.id();
    private String person;
    private String recordA;
    private String recordB;
    private String otherPerson;

    @BeforeAll
    void start() {
        service = RunningService.onOwnH2();
        Reply a = create(FhirFixtures.patientJson(alice, SYSTEM_A, mrnA));
        Reply b = create(FhirFixtures.patientJson(alice, SYSTEM_B, mrnB));
        person = personOf(a.json());
        assertEquals(person, personOf(b.json()), "the same patient from two sources is one person");
        recordA = a.json().get("id").asText();
        recordB = b.json().get("id").asText();
        otherPerson = personOf(create(FhirFixtures.patientJson(other, SYSTEM_A, Records.id())).json());
    }

    @AfterAll
    void stop() {
        service.close();
    }

    private Reply create(String body) {
        Reply reply = service.send("POST", "/fhir/Patient", JSON, body, JSON);
        assertEquals(201, reply.status(), reply.text());
        return reply;
    }

    private static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private List<String> search(String query) {
        Reply reply = service.get("/fhir/Patient?" + query, JSON);
        assertEquals(200, reply.status(), query + " -> " + reply.text());
        assertEquals("searchset", reply.json().get("type").asText());
        List<String> ids = new ArrayList<>();
        reply.json().path("entry").forEach(e -> ids.add(e.get("resource").get("id").asText()));
        return ids;
    }

    /** Each PDQm parameter, with and without modifiers, finds Alice's person and not the other one. */
    @Test
    void everySearchParameterFindsThePersonByItsGoldenRecord() {
        String family = alice.family();
        List<String> queries = List.of(
                "_id=" + person,
                "family=" + q(family.substring(0, 4).toLowerCase(Locale.ROOT)),
                "family:exact=" + q(family),
                "family:contains=" + q(family.substring(2, 6).toUpperCase(Locale.ROOT)),
                "given=" + q(alice.given()) + "&family=" + q(family),
                "given=Ann&family=" + q(family),
                "birthdate=" + alice.birthDate() + "&family=" + q(family),
                "birthdate=ge" + alice.birthDate().substring(0, 4) + "&family=" + q(family),
                "birthdate=le" + alice.birthDate().substring(0, 7) + "&family=" + q(family),
                "gender=female&family=" + q(family),
                "identifier=" + q(SYSTEM_A + "|" + mrnA),
                "identifier=" + q(SYSTEM_B + "|" + mrnB),
                "identifier=" + q(mrnB),
                "identifier=" + q("urn:primaryinterop:mpi:person|" + person),
                "identifier=" + q("http://hl7.org/fhir/sid/us-ssn|" + alice.nationalId().replace("-", "")),
                "telecom=" + q("(" + alice.phone().substring(0, 3) + ") " + alice.phone().substring(4)),
                "telecom=" + q("email|" + alice.email().toUpperCase(Locale.ROOT)),
                "address=" + q(alice.street().split(" ")[0]) + "&family=" + q(family),
                "address-city=richmond&family=" + q(family),
                "address-state=VA&address-postalcode=23268&address-country=US&family=" + q(family),
                "active=true&family=" + q(family),
                "family=" + q(family) + "," + q(other.family()));
        for (String query : queries) {
            List<String> found = search(query);
            assertTrue(found.contains(person), query + " -> " + found);
            if (!query.contains(other.family())) {
                assertFalse(found.contains(otherPerson), query + " -> " + found);
            }
        }
        assertTrue(search("family=" + q(family) + "," + q(other.family())).contains(otherPerson));
    }

    @Test
    void criteriaThatDoNotHoldFindNothing() {
        String family = q(alice.family());
        for (String query : List.of("family:exact=" + q(alice.family().toLowerCase(Locale.ROOT)), "gender=male&family=" + family,
                "birthdate=lt" + alice.birthDate() + "&family=" + family, "birthdate=ne" + alice.birthDate() + "&family=" + family,
                "identifier=" + q(SYSTEM_A + "|nope"), "active=false&family=" + family, "telecom=000-000-0001")) {
            assertEquals(List.of(), search(query), query);
        }
    }

    @Test
    void aPersonSearchResultIsTheGoldenRecordWithItsSourceIdentifiers() {
        Reply reply = service.get("/fhir/Patient?_id=" + person, JSON);
        JsonNode golden = reply.json().get("entry").get(0);
        assertEquals("match", golden.get("search").get("mode").asText());
        List<String> identifiers = new ArrayList<>();
        golden.get("resource").get("identifier").forEach(i -> identifiers.add(i.get("system").asText() + "|" + i.get("value").asText()));
        assertTrue(identifiers.containsAll(List.of("urn:primaryinterop:mpi:person|" + person, SYSTEM_A + "|" + mrnA,
                SYSTEM_B + "|" + mrnB)), identifiers.toString());
    }

    @Test
    void pagesCarryANextLink() {
        String query = "family=" + q(alice.family()) + "," + q(other.family()) + "&_count=1";
        Reply first = service.get("/fhir/Patient?" + query, JSON);
        assertEquals(1, first.json().get("entry").size());
        String next = null;
        for (JsonNode link : first.json().get("link")) {
            if (link.get("relation").asText().equals("next")) {
                next = link.get("url").asText();
            }
        }
        assertTrue(next != null && next.contains("_offset=1"), first.text());
        Reply second = service.get("/fhir/" + next, JSON);
        assertEquals(1, second.json().get("entry").size());
        assertFalse(first.json().get("entry").get(0).get("resource").get("id").asText()
                .equals(second.json().get("entry").get(0).get("resource").get("id").asText()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
        "/fhir/Patient; 400", "/fhir/Patient?nickname=x; 400", "/fhir/Patient?family:missing=true; 400",
        "/fhir/Patient?birthdate=yesterday; 400", "/fhir/Patient?gender=f; 400", "/fhir/Patient?family=x&_count=abc; 400",
        "/fhir/Patient?identifier:exact=x; 400", "/fhir/Patient?telecom=fax%7C123; 400", "/fhir/Patient?active=maybe; 400",
    })
    void badSearchesAreRefused(String path, int status) {
        Reply reply = service.get(path, JSON);
        assertEquals(status, reply.status(), reply.text());
        assertOutcome(reply, "invalid");
    }

    /** The CapabilityStatement's Patient search parameters are exactly the ones the search accepts. */
    @Test
    void everyDeclaredSearchParameterIsAccepted() {
        JsonNode patient = service.get("/fhir/metadata", JSON).json().get("rest").get(0).get("resource").get(0);
        for (JsonNode p : patient.get("searchParam")) {
            String value = switch (p.get("type").asText()) {
                case "date" -> "1970";
                case "token" -> p.get("name").asText().equals("active") ? "true"
                        : p.get("name").asText().equals("gender") ? "female" : "x";
                default -> "x";
            };
            Reply reply = service.get("/fhir/Patient?" + p.get("name").asText() + "=" + value, JSON);
            assertEquals(200, reply.status(), p + " " + reply.text());
        }
    }

    @Test
    void pixReturnsThePersonsIdentifiersInTheOtherDomains() {
        Reply reply = service.get("/fhir/Patient/$ihe-pix?sourceIdentifier=" + q(SYSTEM_A + "|" + mrnA), JSON);
        assertEquals(200, reply.status(), reply.text());
        assertEquals("Parameters", reply.json().get("resourceType").asText());
        List<String> identifiers = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (JsonNode p : reply.json().get("parameter")) {
            if (p.get("name").asText().equals("targetIdentifier")) {
                identifiers.add(p.get("valueIdentifier").get("system").asText() + "|" + p.get("valueIdentifier").get("value").asText());
            } else {
                assertEquals("targetId", p.get("name").asText());
                ids.add(p.get("valueReference").get("reference").asText());
            }
        }
        assertEquals(List.of("urn:primaryinterop:mpi:person|" + person, SYSTEM_B + "|" + mrnB), identifiers);
        assertEquals(List.of("Patient/" + person, "Patient/" + recordB), ids);

        Reply only = service.get("/fhir/Patient/$ihe-pix?sourceIdentifier=" + q(SYSTEM_A + "|" + mrnA)
                + "&targetSystem=" + q(SYSTEM_B), JSON);
        assertEquals(2, only.json().get("parameter").size(), only.text());
        assertEquals(mrnB, only.json().get("parameter").get(0).get("valueIdentifier").get("value").asText());

        Reply byEnterprise = service.get("/fhir/Patient/$ihe-pix?sourceIdentifier=" + q("urn:primaryinterop:mpi:person|" + person), JSON);
        assertEquals(4, byEnterprise.json().get("parameter").size(), byEnterprise.text());
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = ';', value = {
        "sourceIdentifier=urn:oid:9.9.9%7C1; 400; code-invalid",
        "sourceIdentifier=urn:oid:1.2.5.1%7Cnobody; 404; not-found",
        "sourceIdentifier=urn:oid:1.2.5.1%7C{mrn}&targetSystem=urn:oid:9.9.9; 403; code-invalid",
        "sourceIdentifier=nobar; 400; invalid",
        "targetSystem=urn:oid:1.2.5.2; 400; invalid",
        "sourceIdentifier=urn:oid:1.2.5.1%7C{mrn}&foo=1; 400; invalid",
    })
    void pixErrorsAreTheProfiles(String query, int status, String code) {
        Reply reply = service.get("/fhir/Patient/$ihe-pix?" + query.replace("{mrn}", mrnA), JSON);
        assertEquals(status, reply.status(), reply.text());
        assertOutcome(reply, code);
    }

    @Test
    void theAuditTrailReadsAsAuditEventsOfThePersonAndTheRecord() {
        Reply reply = service.get("/fhir/AuditEvent?patient=Patient/" + person, JSON);
        assertEquals(200, reply.status(), reply.text());
        JsonNode entries = reply.json().get("entry");
        assertEquals(2, entries.size(), reply.text());
        assertEquals(2, reply.json().get("total").asInt());
        JsonNode event = entries.get(0).get("resource");
        assertEquals("AuditEvent", event.get("resourceType").asText());
        assertEquals("110110", event.get("type").get("code").asText());
        assertEquals("create", event.get("subtype").get(0).get("code").asText());
        assertEquals("INGEST", event.get("subtype").get(1).get("code").asText());
        assertEquals("C", event.get("action").asText());
        assertEquals("Patient/" + person, event.get("entity").get(0).get("what").get("reference").asText());
        JsonNode record = event.get("entity").get(1).get("what").get("identifier");
        assertEquals(SYSTEM_A + "|" + mrnA, record.get("system").asText() + "|" + record.get("value").asText());
        assertTrue(event.get("agent").get(0).get("requestor").asBoolean());

        Reply read = service.get("/fhir/AuditEvent/" + event.get("id").asText(), JSON);
        assertEquals(200, read.status(), read.text());
        assertEquals(event.get("recorded").asText(), read.json().get("recorded").asText());
        assertEquals(1, service.get("/fhir/AuditEvent?_id=" + event.get("id").asText(), JSON).json().get("entry").size());

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertEquals(1, service.get("/fhir/AuditEvent?entity=Patient/" + recordB + "&date=ge" + today, JSON).json().get("entry").size());
        assertEquals(0, service.get("/fhir/AuditEvent?entity=Patient/" + recordB + "&date=lt2000", JSON).json().path("entry").size());
        assertEquals(0, service.get("/fhir/AuditEvent?patient=Patient/" + person + "&agent-name=nobody", JSON).json().path("entry").size());
        Reply paged = service.get("/fhir/AuditEvent?patient=Patient/" + person + "&_count=1", JSON);
        assertEquals(1, paged.json().get("entry").size());
        assertTrue(paged.json().get("link").get(0).get("url").asText().contains("_offset=1"), paged.text());
        assertEquals(404, service.get("/fhir/AuditEvent/999999999", JSON).status());
        for (String bad : List.of("date=last-week", "action=C", "patient=Observation/1", "_count=2&_offset=1")) {
            Reply refused = service.get("/fhir/AuditEvent?" + bad, JSON);
            assertEquals(400, refused.status(), bad + " " + refused.text());
            assertOutcome(refused, "invalid");
        }
    }

    @Test
    void aMergeReadsAsAnAuditEventOfBothPersonsAndTheSurvivorAsReplacedBy() {
        Identity p = Identity.random();
        String first = personOf(create(FhirFixtures.patientJson(p, SYSTEM_A, Records.id())).json());
        String second = personOf(create(FhirFixtures.patientJson(Identity.random(), SYSTEM_B, Records.id())).json());
        service.context().getBean(IdentityService.class).merge(first, second, "steward-1", "same patient");

        Reply merged = service.get("/fhir/Patient/" + second, JSON);
        assertFalse(merged.json().get("active").asBoolean(), merged.text());
        JsonNode link = merged.json().get("link").get(merged.json().get("link").size() - 1);
        assertEquals("replaced-by", link.get("type").asText());
        assertEquals("Patient/" + first, link.get("other").get("reference").asText());

        JsonNode events = service.get("/fhir/AuditEvent?patient=Patient/" + second + "&agent-name=steward-1", JSON).json().get("entry");
        assertEquals(1, events.size());
        JsonNode merge = events.get(0).get("resource");
        assertEquals("MERGE", merge.get("subtype").get(1).get("code").asText());
        assertEquals("U", merge.get("action").asText());
        List<String> persons = new ArrayList<>();
        merge.get("entity").forEach(e -> {
            if (e.get("what").has("reference")) {
                persons.add(e.get("what").get("reference").asText());
            }
        });
        assertTrue(persons.containsAll(List.of("Patient/" + first, "Patient/" + second)), persons.toString());
    }
}

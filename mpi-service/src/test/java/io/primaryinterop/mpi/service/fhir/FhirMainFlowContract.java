package io.primaryinterop.mpi.service.fhir;

import static io.primaryinterop.mpi.service.fhir.FhirPatientApiTest.JSON;
import static io.primaryinterop.mpi.service.fhir.FhirPatientApiTest.personOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.primaryinterop.mpi.service.testing.Records;
import io.primaryinterop.mpi.service.testing.Records.Identity;
import io.primaryinterop.mpi.service.testing.RunningService;
import io.primaryinterop.mpi.service.testing.RunningService.Reply;
import io.primaryinterop.mpi.service.testing.TestDatabase;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The FHIR main flow against one database (subclasses: H2 and MariaDB): the identity feed from two
 * sources makes one person, whose golden record, $match, PDQm, PIXm and audit trail agree.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FhirMainFlowContract {

    private TestDatabase database;
    private RunningService service;

    abstract TestDatabase database();

    @BeforeAll
    void start() {
        database = database();
        service = RunningService.start(database);
    }

    @AfterAll
    void stop() {
        if (service != null) {
            service.close();
        }
        if (database != null) {
            database.close();
        }
    }

    private static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void twoSourcesFeedOnePersonThatEveryTransactionFinds() {
        Identity p = Identity.random();
        String mrnA = Records.id();
        String mrnB = Records.id();
        Reply a = service.put("/fhir/Patient?identifier=" + q("urn:oid:1.2.7.1|" + mrnA), JSON,
                FhirFixtures.patientJson(p, "urn:oid:1.2.7.1", mrnA));
        assertEquals(201, a.status(), a.text());
        Reply b = service.send("POST", "/fhir/Patient", FhirPatientApiTest.XML, FhirFixtures.patientXml(p, "urn:oid:1.2.7.2", mrnB), JSON);
        assertEquals(201, b.status(), b.text());
        String person = personOf(a.json());
        assertEquals(person, personOf(b.json()));

        Reply golden = service.get("/fhir/Patient/" + person, JSON);
        assertEquals(2, golden.json().get("link").size(), golden.text());
        assertEquals(p.family(), golden.json().get("name").get(0).get("family").asText());

        Reply match = service.send("POST", "/fhir/Patient/$match", JSON, FhirFixtures.matchParameters(p, 3, true), JSON);
        assertEquals(200, match.status(), match.text());
        JsonNode first = match.json().get("entry").get(0);
        assertEquals(person, first.get("resource").get("id").asText());
        assertEquals("certain", first.get("search").get("extension").get(0).get("valueCode").asText());

        Reply search = service.get("/fhir/Patient?family=" + q(p.family()) + "&birthdate=" + p.birthDate(), JSON);
        assertEquals(person, search.json().get("entry").get(0).get("resource").get("id").asText());

        Reply pix = service.get("/fhir/Patient/$ihe-pix?sourceIdentifier=" + q("urn:oid:1.2.7.1|" + mrnA)
                + "&targetSystem=" + q("urn:oid:1.2.7.2"), JSON);
        assertEquals(200, pix.status(), pix.text());
        assertEquals(mrnB, pix.json().get("parameter").get(0).get("valueIdentifier").get("value").asText());

        Reply audit = service.get("/fhir/AuditEvent?patient=Patient/" + person, JSON);
        assertEquals(2, audit.json().get("entry").size(), audit.text());
        assertTrue(audit.json().get("entry").get(0).get("resource").get("recorded").asText().startsWith("20"));
    }
}

package io.primaryinterop.mpi.service.fhir;

import static io.primaryinterop.mpi.service.fhir.FhirPatientApiTest.JSON;
import static io.primaryinterop.mpi.service.fhir.FhirPatientApiTest.assertOutcome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.primaryinterop.mpi.service.fhir.PatientImport.Summary;
import io.primaryinterop.mpi.service.testing.Records;
import io.primaryinterop.mpi.service.testing.Records.Identity;
import io.primaryinterop.mpi.service.testing.RunningService;
import io.primaryinterop.mpi.service.testing.RunningService.Reply;
import io.primaryinterop.mpi.service.testing.SharedDatasets;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Transaction and batch Bundles, Patient ndjson import, and the Synthea files (skipped when absent), on H2. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FhirBulkTest {

    private RunningService service;

    @BeforeAll
    void start() {
        service = RunningService.onOwnH2();
    }

    @AfterAll
    void stop() {
        service.close();
    }

    private static String entry(String method, String url, String resource) {
        return """
                {"fullUrl":"urn:uuid:%s","resource":%s,"request":{"method":"%s","url":"%s"}}"""
                .formatted(java.util.UUID.randomUUID(), resource, method, url);
    }

    private static String bundle(String type, String... entries) {
        return "{\"resourceType\":\"Bundle\",\"type\":\"" + type + "\",\"entry\":[" + String.join(",", entries) + "]}";
    }

    private Reply post(String body) {
        return service.send("POST", "/fhir", JSON, body, JSON);
    }

    /** Whether a source record with this identifier is stored (PDQm search by identifier). */
    private boolean stored(String system, String value) {
        Reply reply = service.get("/fhir/Patient?identifier=" + URLEncoder.encode(system + "|" + value, StandardCharsets.UTF_8), JSON);
        assertEquals(200, reply.status(), reply.text());
        return reply.json().path("entry").size() == 1;
    }

    @Test
    void aTransactionWritesEveryPatientAndAnswersEachEntry() {
        Identity a = Identity.random();
        Identity b = Identity.random();
        String mrnB = Records.id();
        Reply reply = post(bundle("transaction",
                entry("POST", "Patient", FhirFixtures.patientJson(a, "urn:oid:1.2.6.1", Records.id())),
                entry("PUT", "Patient?identifier=urn:oid:1.2.6.1%7C" + mrnB, FhirFixtures.patientJson(b, "urn:oid:1.2.6.1", mrnB))));

        assertEquals(200, reply.status(), reply.text());
        assertEquals("transaction-response", reply.json().get("type").asText());
        for (JsonNode e : reply.json().get("entry")) {
            assertEquals("201 Created", e.get("response").get("status").asText(), reply.text());
            assertTrue(e.get("response").get("location").asText().startsWith("Patient/rec-"), reply.text());
        }
        assertTrue(stored("urn:oid:1.2.6.1", mrnB));
    }

    @Test
    void aTransactionWithOneBadEntryWritesNothing() {
        String mrn = Records.id();
        String observation = "{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"weight\"}}";
        List<String> badSecondEntries = List.of(entry("POST", "Observation", observation),
                entry("POST", "Patient", "{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"Doe\"}]}"),
                entry("POST", "Patient", FhirFixtures.patientJson(Identity.random(), "urn:oid:1.2.6.2", mrn)),
                entry("DELETE", "Patient/rec-1", "{\"resourceType\":\"Patient\"}"));
        for (String second : badSecondEntries) {
            Reply reply = post(bundle("transaction",
                    entry("POST", "Patient", FhirFixtures.patientJson(Identity.random(), "urn:oid:1.2.6.2", mrn)), second));
            assertTrue(reply.status() == 400 || reply.status() == 422, reply.text());
            assertEquals("OperationOutcome", reply.json().get("resourceType").asText());
            assertTrue(reply.text().contains("Bundle.entry[1]"), reply.text());
            assertFalse(stored("urn:oid:1.2.6.2", mrn), "nothing of the transaction was written");
        }
    }

    @Test
    void aBatchAnswersEachEntryOnItsOwn() {
        String mrn = Records.id();
        Reply reply = post(bundle("batch",
                entry("POST", "Patient", FhirFixtures.patientJson(Identity.random(), "urn:oid:1.2.6.3", mrn)),
                entry("POST", "Observation", "{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"x\"}}"),
                entry("POST", "Patient", "{\"resourceType\":\"Patient\",\"identifier\":[{\"system\":\"urn:oid:1.2.6.3\",\"value\":\"x\"}],\"name\":[{\"family\":\"" + "Y".repeat(120) + "\"}]}")));

        assertEquals(200, reply.status(), reply.text());
        assertEquals("batch-response", reply.json().get("type").asText());
        JsonNode entries = reply.json().get("entry");
        assertEquals("201 Created", entries.get(0).get("response").get("status").asText());
        assertEquals("422", entries.get(1).get("response").get("status").asText());
        assertEquals("400", entries.get(2).get("response").get("status").asText());
        assertEquals("Patient.name.family", entries.get(2).get("response").get("outcome").get("issue").get(0).get("expression").get(0).asText());
        assertTrue(stored("urn:oid:1.2.6.3", mrn));
    }

    @Test
    void aBundleOfAnotherTypeOrABrokenBundleIsRefused() {
        for (String body : List.of("{\"resourceType\":\"Bundle\",\"type\":\"collection\"}", "{\"resourceType\":\"Bundle\"",
                FhirFixtures.patientJson(Identity.random(), "urn:oid:1.2.6.4", Records.id()))) {
            Reply reply = post(body);
            assertEquals(400, reply.status(), reply.text());
            assertOutcome(reply, "invalid");
        }
    }

    @Test
    void anNdjsonImportStopsAtABadLineUnlessToldToSkipIt(@TempDir Path dir) throws IOException {
        String mrn = Records.id();
        Path file = dir.resolve("Patient.ndjson");
        Files.writeString(file, String.join("\n",
                FhirFixtures.patientJson(Identity.random(), "urn:oid:1.2.6.5", Records.id()).replace("\n", ""),
                "{\"resourceType\":\"Patient\",",
                FhirFixtures.patientJson(Identity.random(), "urn:oid:1.2.6.5", mrn).replace("\n", ""), ""));
        PatientImport importer = service.context().getBean(PatientImport.class);

        PatientImport.BadLine bad = assertThrows(PatientImport.BadLine.class, () -> importer.importNdjson(file, false, m -> { }));
        assertTrue(bad.getMessage().contains("line 2"), bad.getMessage());
        assertFalse(stored("urn:oid:1.2.6.5", mrn));

        List<String> skipped = new ArrayList<>();
        Summary summary = importer.importNdjson(file, true, skipped::add);
        assertEquals(new Summary(1, 1, 1), summary, "the first line was imported before; now it is an update");
        assertEquals(1, skipped.size());
        assertTrue(stored("urn:oid:1.2.6.5", mrn));
    }

    /** Synthea's bulk export: every Patient is stored, under its MRN (system http://hospital.smarthealthit.org). */
    @Test
    void syntheaPatientNdjsonImportsEveryPatient() throws IOException {
        Path file = SharedDatasets.requireFile("fhir-patients/sample-bulk-fhir-datasets/Patient.100-patients.ndjson");
        long lines = Files.readAllLines(file).stream().filter(l -> !l.isBlank()).count();

        Summary summary = service.context().getBean(PatientImport.class).importNdjson(file, false, m -> { });

        assertEquals(new Summary((int) lines, 0, 0), summary);
        String first = Files.readAllLines(file).get(0);
        String id = first.replaceAll("^\\{\"resourceType\":\"Patient\",\"id\":\"([^\"]+)\".*", "$1");
        Reply pix = service.get("/fhir/Patient/$ihe-pix?sourceIdentifier="
                + URLEncoder.encode("http://hospital.smarthealthit.org|" + id, StandardCharsets.UTF_8), JSON);
        assertEquals(200, pix.status(), pix.text());
    }

    /** A Synthea transaction Bundle holds clinical resources too: refused whole; as a batch its Patient is stored. */
    @Test
    void aSyntheaTransactionBundleIsRefusedWholeAndItsPatientStoredAsABatch() throws IOException {
        Path file = SharedDatasets.requireFile(
                "fhir-patients/generated-sample-data/bundles/Liz_Conn_27c911c6-f045-4ffa-af5d-6eba57ac94b2.json");
        String transaction = Files.readString(file);

        Reply refused = post(transaction);
        assertEquals(422, refused.status(), refused.text().substring(0, Math.min(500, refused.text().length())));
        assertOutcome(refused, "not-supported");

        Reply batch = post(transaction.replaceFirst("\"type\"\\s*:\\s*\"transaction\"", "\"type\":\"batch\""));
        assertEquals(200, batch.status());
        int stored = 0;
        for (JsonNode e : batch.json().get("entry")) {
            String status = e.get("response").get("status").asText();
            if (status.startsWith("201")) {
                stored++;
                assertEquals("Patient", e.get("resource").get("resourceType").asText());
            } else {
                assertEquals("422", status);
            }
        }
        assertEquals(1, stored);
    }
}

package io.primaryinterop.mpi.service.fhir;

import static io.primaryinterop.mpi.service.fhir.FhirPatientApiTest.JSON;
import static io.primaryinterop.mpi.service.fhir.FhirPatientApiTest.XML;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.primaryinterop.mpi.service.testing.Records;
import io.primaryinterop.mpi.service.testing.Records.Identity;
import io.primaryinterop.mpi.service.testing.RunningService;
import io.primaryinterop.mpi.service.testing.TestDatabase;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Every FHIR interaction, good and bad, logs no patient value (names, dates, numbers, identifiers), also not in exceptions. */
class FhirLogsNoPatientValuesTest {

    @Test
    void fhirInteractionsLogNoPatientValues() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level level = root.getLevel();
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        Identity p = Identity.random();
        String mrn = Records.id();
        String system = "urn:oid:1.2.8.1";
        try (TestDatabase db = TestDatabase.h2(); RunningService service = RunningService.start(db)) {
            root.setLevel(Level.DEBUG);
            root.addAppender(captured);
            String json = FhirFixtures.patientJson(p, system, mrn);
            String id = service.send("POST", "/fhir/Patient", JSON, json, JSON).json().get("id").asText();
            service.send("POST", "/fhir/Patient", XML, FhirFixtures.patientXml(p, "urn:oid:1.2.8.2", Records.id()), XML);
            service.send("PUT", "/fhir/Patient/" + id, JSON, json.replace("Richmond", "Norfolk"), JSON, "If-Match", "W/\"9\"");
            service.put("/fhir/Patient?identifier=" + URLEncoder.encode(system + "|" + mrn, StandardCharsets.UTF_8), JSON, json);
            service.send("POST", "/fhir/Patient/$match", JSON, FhirFixtures.matchParameters(p, 5, false), JSON);
            service.get("/fhir/Patient?family=" + p.family() + "&birthdate=" + p.birthDate(), JSON);
            service.get("/fhir/Patient?telecom=" + URLEncoder.encode(p.phone(), StandardCharsets.UTF_8), JSON);
            service.get("/fhir/Patient/$ihe-pix?sourceIdentifier=" + URLEncoder.encode(system + "|" + mrn, StandardCharsets.UTF_8), JSON);
            service.get("/fhir/Patient/$ihe-pix?sourceIdentifier=" + URLEncoder.encode(system + "|" + p.nationalId(), StandardCharsets.UTF_8), JSON);
            service.send("POST", "/fhir/Patient", JSON, json.replace("\"female\"", "\"" + p.given() + "\""), JSON);
            service.send("POST", "/fhir/Patient", JSON, json.replace(p.birthDate(), p.birthDate().substring(0, 4)), JSON);
            service.send("POST", "/fhir/Patient", JSON, json.replace(p.birthDate(), p.family()), JSON);
            service.send("POST", "/fhir/Patient", JSON, json.replace(p.family(), p.family().repeat(20)), JSON);
            service.send("POST", "/fhir/Patient", JSON, json.substring(0, json.indexOf(p.family()) + 3), JSON);
            service.send("POST", "/fhir/Patient", XML, "<Patient xmlns=\"http://hl7.org/fhir\"><name><family value=\"" + p.family() + "\"></name>", XML);
            service.get("/fhir/Patient?birthdate=" + p.family(), JSON);
            service.get("/fhir/AuditEvent?patient=Patient/" + id, JSON);
        } finally {
            root.detachAppender(captured);
            root.setLevel(level);
        }

        List<String> texts = new ArrayList<>();
        for (ILoggingEvent e : captured.list) {
            texts.add(e.getFormattedMessage());
            for (var t = e.getThrowableProxy(); t != null; t = t.getCause()) {
                texts.add(t.getMessage() == null ? "" : t.getMessage());
            }
        }
        assertTrue(texts.stream().anyMatch(t -> t.contains("ingest -> person")), "debug logging of the FHIR writes was captured");
        for (String value : List.of(p.given(), p.family(), p.birthDate(), p.phone(), p.nationalId(), p.email(), p.street(), mrn)) {
            for (String text : texts) {
                assertFalse(text.contains(value), () -> "a log line leaks a patient value: " + text);
            }
        }
    }
}

package io.primaryinterop.mpi.service.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.primaryinterop.mpi.core.model.ModelSpec;
import io.primaryinterop.mpi.service.application.RematchJobs;
import io.primaryinterop.mpi.service.testing.Records;
import io.primaryinterop.mpi.service.testing.Records.Identity;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Logs carry ids only: ingesting, matching and rejecting records, and the stewardship and model flows, log
 * no name, date, number or record id. (FHIR and HL7 v2 have tests of their own: FhirLogsNoPatientValuesTest,
 * MllpLogsNoPatientValuesTest.)
 */
@MicronautTest
class IngestLogsNoPatientValuesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    RematchJobs jobs;

    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private Logger root;
    private Level rootLevel;

    @BeforeEach
    void capture() {
        root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        rootLevel = root.getLevel();
        root.setLevel(Level.DEBUG);
        captured.start();
        root.addAppender(captured);
    }

    @AfterEach
    void release() {
        root.detachAppender(captured);
        root.setLevel(rootLevel);
    }

    @Test
    void ingestMatchAndBadInputLogNoPatientValues() {
        Identity patient = Identity.random();
        String recordId = Records.id();
        client.toBlocking().exchange(HttpRequest.POST("/api/v1/records", patient.json("HOSP_A", recordId, 0)), String.class);
        client.toBlocking().exchange(HttpRequest.POST("/api/v1/records", patient.json("LAB_B", Records.id(), 1)), String.class);
        client.toBlocking().exchange(HttpRequest.POST("/api/v1/match", patient.json("P", "P1", 2)), String.class);
        String bad = patient.json("HOSP_A", Records.id(), 0).replace(patient.birthDate(), patient.birthDate().replace('-', '/'));
        try {
            client.toBlocking().exchange(HttpRequest.POST("/api/v1/records", bad), String.class);
        } catch (HttpClientResponseException expected) {
            // 400: what matters here is what was logged meanwhile.
        }

        List<String> messages = captured.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertFalse(messages.isEmpty(), "debug logging was captured");
        assertTrue(messages.stream().anyMatch(m -> m.contains("ingest -> person")), "the ingest decision is logged");
        for (String value : List.of(patient.given(), patient.given().toUpperCase(), patient.family(), patient.birthDate(),
                patient.phone(), patient.nationalId(), patient.email(), patient.street(), recordId)) {
            for (String message : messages) {
                assertFalse(message.contains(value), () -> "log message leaks a patient value: " + message);
            }
        }
    }

    /**
     * Stewardship and model flows: person and record reads, search, merge, unmerge, manual link and unlink,
     * the review queue, the audit trail, model register and a re-match dry-run; the planted values of both
     * patients never reach a log message (also not in exception stack traces' messages).
     */
    @Test
    void stewardshipAndModelFlowsLogNoPatientValues() throws Exception {
        Identity first = Identity.random();
        Identity second = Identity.random();
        String firstRecord = Records.id();
        String secondRecord = Records.id();
        String a = personOf(post("/api/v1/records", first.json("HOSP_A", firstRecord, 0)));
        post("/api/v1/records", first.json("LAB_B", Records.id(), 1));
        String b = personOf(post("/api/v1/records", second.json("HOSP_A", secondRecord, 0)));

        client.toBlocking().retrieve("/api/v1/persons/" + a);
        client.toBlocking().retrieve("/api/v1/records/HOSP_A/" + firstRecord);
        client.toBlocking().retrieve("/api/v1/persons?familyName=" + first.family());
        post("/api/v1/persons/" + a + "/merge", "{\"personId\":\"" + b + "\",\"reason\":\"same patient\"}");
        post("/api/v1/persons/" + b + "/unmerge", "{\"reason\":\"not the same\"}");
        post("/api/v1/records/HOSP_A/" + secondRecord + "/link", "{\"personId\":\"" + a + "\",\"reason\":\"checked\"}");
        post("/api/v1/records/HOSP_A/" + secondRecord + "/unlink", "{\"reason\":\"wrong\"}");
        client.toBlocking().retrieve("/api/v1/reviews");
        client.toBlocking().retrieve("/api/v1/audit?personId=" + a);
        ObjectNode model = (ObjectNode) JSON.readTree(ModelSpec.defaultPatientModel().toJson());
        model.put("version", "log-test-" + Records.id());
        post("/api/v1/models", model.toString());
        JsonNode job = JSON.readTree(post("/api/v1/models/" + model.get("version").asText() + "/activate?dryRun=true", ""));
        assertTrue(jobs.awaitQueued(Duration.ofMinutes(1)));
        client.toBlocking().retrieve("/api/v1/jobs/" + job.get("id").asLong());
        try {
            post("/api/v1/persons/" + a + "/merge", "{\"personId\":\"" + first.family() + "\"}");
        } catch (HttpClientResponseException expected) {
            // 404: a name where an id belongs must not be logged either.
        }

        List<String> messages = captured.list.stream().map(e -> e.getFormattedMessage()
                + (e.getThrowableProxy() == null ? "" : " " + e.getThrowableProxy().getMessage())).toList();
        assertTrue(messages.stream().anyMatch(m -> m.contains("re-match job")), "the dry-run was logged");
        for (Identity p : List.of(first, second)) {
            for (String value : List.of(p.given(), p.given().toUpperCase(), p.family(), p.family().toUpperCase(),
                    p.birthDate(), p.phone(), p.nationalId(), p.email(), p.street())) {
                for (String message : messages) {
                    assertFalse(message.contains(value), () -> "log message leaks a patient value: " + message);
                }
            }
        }
        for (String message : messages) {
            assertFalse(message.contains(firstRecord) || message.contains(secondRecord), () -> "log message names a record id: " + message);
        }
    }

    private String post(String path, String json) {
        return client.toBlocking().retrieve(HttpRequest.POST(path, json).contentType(MediaType.APPLICATION_JSON_TYPE), String.class);
    }

    private static String personOf(String ingestReply) throws Exception {
        return JSON.readTree(ingestReply).get("personId").asText();
    }
}

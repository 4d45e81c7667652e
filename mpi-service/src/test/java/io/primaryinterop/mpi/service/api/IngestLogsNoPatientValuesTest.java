package io.primaryinterop.mpi.service.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.primaryinterop.mpi.service.testing.Records;
import io.primaryinterop.mpi.service.testing.Records.Identity;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Logs carry ids only: ingesting, matching and rejecting records logs no name, date, number or record id. */
@MicronautTest
class IngestLogsNoPatientValuesTest {

    @Inject
    @Client("/")
    HttpClient client;

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
}

package io.primaryinterop.mpi.service.hl7;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import io.primaryinterop.mpi.service.testing.Hl7Fixtures;
import io.primaryinterop.mpi.service.testing.MllpClient;
import io.primaryinterop.mpi.service.testing.Records;
import io.primaryinterop.mpi.service.testing.Records.Identity;
import io.primaryinterop.mpi.service.testing.RunningService;
import io.primaryinterop.mpi.service.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Logs carry ids only: admitting, refusing and querying over MLLP (root logger at DEBUG) logs no patient value. */
class MllpLogsNoPatientValuesTest {

    @Test
    void admitsRefusalsAndQueriesLogNoPatientValues() {
        Identity patient = Identity.random();
        String mrn = Records.id();
        String badMrn = Records.id();
        String unknownMrn = Records.id();
        List<String> logged = new ArrayList<>();
        int port = MllpClient.freePort();
        try (TestDatabase database = TestDatabase.h2();
             RunningService service = RunningService.start(database, Map.of("mpi.mllp.enabled", true, "mpi.mllp.port", port));
             MllpClient client = MllpClient.connect(port)) {
            Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            Level level = root.getLevel();
            ListAppender<ILoggingEvent> captured = new ListAppender<>();
            captured.start();
            root.addAppender(captured);
            root.setLevel(Level.DEBUG);
            try {
                client.send(Hl7Fixtures.adt("A01", patient, mrn + "^^^HOSP_A^MR"));
                client.send(Hl7Fixtures.adt("A01", patient, badMrn + "^^^HOSP_A^MR")
                        .replace(patient.birthDate().replace("-", ""), "19801301"));
                client.send(Hl7Fixtures.pixQuery(mrn + "^^^HOSP_A"));
                client.send(Hl7Fixtures.pixQuery(unknownMrn + "^^^HOSP_A"));
                client.sendRaw(Hl7Fixtures.pid(patient, mrn + "^^^HOSP_A^MR", "19801301"));
                client.sendRaw(Hl7Fixtures.adt("A01", patient, mrn + "^^^HOSP_A^MR").replace("2.5\r", "9.9\r"));
            } finally {
                root.detachAppender(captured);
                root.setLevel(level);
            }
            for (ILoggingEvent event : captured.list) {
                logged.add(event.getFormattedMessage());
                for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                    logged.add(t.getMessage());
                }
            }
        }

        assertTrue(logged.stream().anyMatch(m -> m != null && m.contains("hl7 ADT^A01")), "the admit is logged");
        for (String value : List.of(patient.given(), patient.family(), patient.birthDate().replace("-", ""),
                patient.phone().substring(4), patient.nationalId(), patient.email(), patient.street(), mrn, badMrn,
                unknownMrn)) {
            for (String message : logged) {
                assertFalse(message != null && message.contains(value), () -> "log message leaks a patient value: " + message);
            }
        }
    }
}

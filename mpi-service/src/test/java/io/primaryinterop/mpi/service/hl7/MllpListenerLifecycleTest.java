package io.primaryinterop.mpi.service.hl7;

import static io.primaryinterop.mpi.service.testing.MllpClient.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.primaryinterop.mpi.service.testing.Hl7Fixtures;
import io.primaryinterop.mpi.service.testing.MllpClient;
import io.primaryinterop.mpi.service.testing.Records;
import io.primaryinterop.mpi.service.testing.Records.Identity;
import io.primaryinterop.mpi.service.testing.RunningService;
import io.primaryinterop.mpi.service.testing.TestDatabase;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The listener starts with the service on its port, can be turned off, refuses a taken port and stops with the service. */
class MllpListenerLifecycleTest {

    @Test
    void theListenerAnswersWhileTheServiceRunsAndItsPortClosesWithIt() {
        int port = MllpClient.freePort();
        try (TestDatabase database = TestDatabase.h2()) {
            try (RunningService service = RunningService.start(database,
                    Map.of("mpi.mllp.enabled", true, "mpi.mllp.port", port));
                 MllpClient client = MllpClient.connect(port)) {
                assertTrue(service.context().containsBean(MllpListener.class));
                assertEquals("AA", get(client.send(Hl7Fixtures.adt("A01", Identity.random(),
                        Records.id() + "^^^HOSP_A^MR")), "/MSA-1"));
            }
            assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", port).close());
        }
    }

    @Test
    void turnedOffThereIsNoListener() {
        int port = MllpClient.freePort();
        try (TestDatabase database = TestDatabase.h2();
             RunningService service = RunningService.start(database,
                     Map.of("mpi.mllp.enabled", false, "mpi.mllp.port", port))) {
            assertFalse(service.context().containsBean(MllpListener.class));
            assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", port).close());
        }
    }

    @Test
    void aTakenPortStopsTheServiceFromStarting() throws IOException {
        try (ServerSocket taken = new ServerSocket(0);
             TestDatabase database = TestDatabase.h2()) {
            Map<String, Object> config = Map.of("mpi.mllp.enabled", true, "mpi.mllp.port", taken.getLocalPort());

            RuntimeException failure = assertThrows(RuntimeException.class, () -> RunningService.start(database, config));

            assertTrue(causes(failure).contains("cannot listen for MLLP on port " + taken.getLocalPort()), causes(failure));
        }
    }

    private static String causes(Throwable t) {
        StringBuilder all = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            all.append(c.getMessage()).append('\n');
        }
        return all.toString();
    }
}

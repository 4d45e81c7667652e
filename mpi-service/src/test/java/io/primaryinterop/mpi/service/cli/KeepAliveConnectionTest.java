package io.primaryinterop.mpi.service.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The load generator's connection reads every answer shape a server may send, survives a server that closes, and
 * refuses a target it would otherwise send in clear text.
 */
class KeepAliveConnectionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Content-Length             | HTTP/1.1 200 OK\\r\\nContent-Length: 11\\r\\n\\r\\n{"a":"bcd"}                              | 200 | {"a":"bcd"}
            chunked, with an extension | HTTP/1.1 200 OK\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\n4;x=y\\r\\n{"a"\\r\\n3\\r\\n:1}\\r\\n0\\r\\n\\r\\n | 200 | {"a":1}
            headers in another case    | HTTP/1.1 400 Bad Request\\r\\ncontent-length: 2\\r\\nX-Other: 1\\r\\n\\r\\n{}           | 400 | {}
            no body                    | HTTP/1.1 204 No Content\\r\\nContent-Length: 0\\r\\n\\r\\n                                | 204 | ''
            """)
    void readsEachAnswerAndKeepsTheConnection(String shape, String raw, int status, String body) throws Exception {
        String answer = raw.replace("\\r\\n", "\r\n");
        try (Server server = new Server(answer, false); KeepAliveConnection connection = server.connection()) {
            for (int i = 0; i < 3; i++) {
                KeepAliveConnection.Answer got = connection.post(("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8));
                assertEquals(status, got.status(), shape);
                assertEquals(body, got.body(), shape);
            }
            assertEquals(1, server.connections.get(), "three requests on one connection");
            assertEquals(List.of("{\"n\":0}", "{\"n\":1}", "{\"n\":2}"), server.bodies);
            assertTrue(server.heads.get(0).contains("Authorization: Bearer t"), server.heads.get(0));
        }
    }

    @Test
    void reconnectsAfterTheServerSaysClose() throws Exception {
        String answer = "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok";
        try (Server server = new Server(answer, true); KeepAliveConnection connection = server.connection()) {
            for (int i = 0; i < 3; i++) {
                assertEquals("ok", connection.post(new byte[] {'{', '}'}).body());
            }
            assertEquals(3, server.connections.get());
        }
    }

    @Test
    void aServerThatHangsUpIsAnIoErrorAndTheNextPostReconnects() throws Exception {
        try (Server server = new Server("", true); KeepAliveConnection connection = server.connection()) {
            assertThrows(IOException.class, () -> connection.post(new byte[] {'{', '}'}));
            assertThrows(IOException.class, () -> connection.post(new byte[] {'{', '}'}));
            assertEquals(2, server.connections.get());
        }
    }

    @ParameterizedTest
    @CsvSource({
            "https://127.0.0.1:8443/api/v1/records, scheme 'https'",
            "HTTPS://127.0.0.1/api/v1/records,      scheme 'HTTPS'",
            "ftp://127.0.0.1/api/v1/records,        scheme 'ftp'",
            "//127.0.0.1/api/v1/records,            no scheme"})
    void refusesATargetThatIsNotPlainHttp(String uri, String named) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new KeepAliveConnection(URI.create(uri), "Content-Type: application/json"));

        assertTrue(refused.getMessage().startsWith(named + " in " + uri + ": "), refused.getMessage());
        assertTrue(refused.getMessage().contains("loadtest speaks plain HTTP only"), refused.getMessage());
    }

    /** A server that answers every request with the same bytes, and closes after each answer if told to. */
    private static final class Server implements AutoCloseable {
        final ServerSocket socket = new ServerSocket(0);
        final AtomicInteger connections = new AtomicInteger();
        final List<String> bodies = new CopyOnWriteArrayList<>();
        final List<String> heads = new CopyOnWriteArrayList<>();
        final Thread thread;

        Server(String answer, boolean closeAfterEach) throws IOException {
            thread = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (Socket client = socket.accept()) {
                        connections.incrementAndGet();
                        serve(client, answer, closeAfterEach);
                    } catch (IOException closed) {
                        // the test ended or the client went away
                    }
                }
            });
            thread.setDaemon(true);
            thread.start();
        }

        private void serve(Socket client, String answer, boolean closeAfterEach) throws IOException {
            BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
            OutputStream out = client.getOutputStream();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                StringBuilder head = new StringBuilder(line).append('\n');
                int length = 0;
                for (String header = in.readLine(); header != null && !header.isEmpty(); header = in.readLine()) {
                    head.append(header).append('\n');
                    if (header.startsWith("Content-Length: ")) {
                        length = Integer.parseInt(header.substring("Content-Length: ".length()));
                    }
                }
                char[] body = new char[length];
                int read = 0;
                while (read < length) {
                    read += in.read(body, read, length - read);
                }
                heads.add(head.toString());
                bodies.add(new String(body));
                out.write(answer.getBytes(StandardCharsets.US_ASCII));
                out.flush();
                if (closeAfterEach) {
                    return;
                }
            }
        }

        KeepAliveConnection connection() {
            return new KeepAliveConnection(URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/api/v1/records"),
                    "Content-Type: application/json", "Authorization: Bearer t");
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}

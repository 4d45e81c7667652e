package io.primaryinterop.mpi.service.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import io.primaryinterop.mpi.service.security.Roles;
import io.primaryinterop.mpi.service.security.TokenIssuer;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * The service on a random port over a given database, with a plain JDK HTTP client. Requests carry a
 * bearer token with all three roles (subject {@link #TEST_SUBJECT}) unless made through {@link #as(String)}
 * (a chosen token) or {@link #anonymous()} (no token).
 */
public final class RunningService implements AutoCloseable {

    public static final String TEST_SUBJECT = "test-user";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final EmbeddedServer server;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String token;
    private final boolean owner;
    private final TestDatabase ownDatabase;

    private RunningService(EmbeddedServer server, String token, boolean owner, TestDatabase ownDatabase) {
        this.server = server;
        this.token = token;
        this.owner = owner;
        this.ownDatabase = ownDatabase;
    }

    private RunningService(EmbeddedServer server, TestDatabase ownDatabase) {
        this(server, server.getApplicationContext().getBean(TokenIssuer.class)
                .issue(TEST_SUBJECT, Roles.ALL, Duration.ofHours(1)), true, ownDatabase);
    }

    public static RunningService start(TestDatabase database, Map<String, Object> extra) {
        return start(database, extra, null);
    }

    /** The service on a fresh in-memory H2 database of its own, which closing the service closes too. */
    public static RunningService onOwnH2() {
        TestDatabase database = TestDatabase.h2();
        return start(database, Map.of(), database);
    }

    private static RunningService start(TestDatabase database, Map<String, Object> extra, TestDatabase owned) {
        Map<String, Object> properties = new HashMap<>(database.properties());
        properties.put("micronaut.server.port", -1);
        properties.putAll(extra);
        return new RunningService(ApplicationContext.run(EmbeddedServer.class, properties, "test"), owned);
    }

    public static RunningService start(TestDatabase database) {
        return start(database, Map.of());
    }

    /** The same service, its requests sent with {@code bearerToken} (null: none). Closing the view closes nothing. */
    public RunningService as(String bearerToken) {
        return new RunningService(server, bearerToken, false, null);
    }

    /** The same service, requests without a token. */
    public RunningService anonymous() {
        return as(null);
    }

    /** A token signed with the service's secret for {@code subject} with {@code roles}, valid for an hour. */
    public String token(String subject, String... roles) {
        return context().getBean(TokenIssuer.class).issue(subject, List.of(roles), Duration.ofHours(1));
    }

    /** The same service, requests sent with a token for {@code subject} carrying exactly {@code roles}. */
    public RunningService withRoles(String subject, String... roles) {
        return as(token(subject, roles));
    }

    public ApplicationContext context() {
        return server.getApplicationContext();
    }

    public DSLContext dsl() {
        return context().getBean(DSLContext.class);
    }

    public Reply post(String path, String json) {
        return send(builder(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply get(String path) {
        return send(builder(path).header("Accept", "application/json").GET());
    }

    /** Any method with an optional JSON body (null: no body). */
    public Reply request(String method, String path, String json) {
        HttpRequest.Builder b = builder(path);
        if (json == null) {
            return send(b.method(method, HttpRequest.BodyPublishers.noBody()));
        }
        return send(b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path));
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    /** Any verb with a body of the given content type, an Accept header and further header name/value pairs. */
    public Reply send(String method, String path, String contentType, String body, String accept, String... headers) {
        HttpRequest.Builder builder = builder(path)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        if (accept != null) {
            builder.header("Accept", accept);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return send(builder);
    }

    public Reply put(String path, String contentType, String body) {
        return send("PUT", path, contentType, body, null);
    }

    public Reply get(String path, String accept) {
        return send("GET", path, null, null, accept);
    }

    private URI uri(String path) {
        return URI.create(server.getURL().toString() + path);
    }

    private Reply send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            JsonNode json = body == null || body.isBlank() ? null : parse(body);
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), json, body,
                    response.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException("request to " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException notJson) {
            return null;
        }
    }

    @Override
    public void close() {
        if (owner) {
            server.getApplicationContext().close();
            if (ownDatabase != null) {
                ownDatabase.close();
            }
        }
    }

    /** Status, content type and JSON body of one HTTP answer. */
    public record Reply(int status, String contentType, JsonNode json, String text, Map<String, List<String>> headers) {

        public Reply(int status, String contentType, JsonNode json, String text) {
            this(status, contentType, json, text, Map.of());
        }

        /** The first value of a response header (case-blind name), or null. */
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().get(0)).orElse(null);
        }
    }
}

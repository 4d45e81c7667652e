package io.primaryinterop.mpi.service.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Operations endpoints through Micronaut's HTTP client: health, Prometheus metrics, the OpenAPI document, 404s. */
@MicronautTest
class ServiceEndpointsTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void healthIsUpWithTheDatabase() {
        String health = client.toBlocking().retrieve("/health");

        assertTrue(health.contains("\"status\":\"UP\""), health);
        assertTrue(health.contains("jdbc"), health);
    }

    @Test
    void prometheusMetricsIncludeHttpServerRequests() {
        client.toBlocking().exchange(HttpRequest.POST("/api/v1/match", "{\"familyName\":\"Nobody\"}"), String.class);

        String metrics = client.toBlocking().retrieve("/prometheus");

        assertTrue(metrics.contains("http_server_requests_seconds"), metrics.substring(0, Math.min(500, metrics.length())));
        assertTrue(metrics.contains("hikaricp_connections"), "connection pool metrics");
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        String document = client.toBlocking().retrieve("/openapi/mpi-service-0.1.0.yml");

        assertTrue(document.contains("/api/v1/records"), document);
        assertTrue(document.contains("/api/v1/match"), document);
        assertTrue(document.contains("/api/v1/persons/{personId}"), document);
    }

    @Test
    void anUnknownRouteIsA404Problem() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange("/api/v1/nothing-here", String.class));

        assertEquals(HttpStatus.NOT_FOUND, e.getStatus());
        assertTrue(e.getResponse().getContentType().orElseThrow().toString().startsWith("application/problem+json"));
    }
}

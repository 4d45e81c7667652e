package io.primaryinterop.mpi.service.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import io.primaryinterop.mpi.service.testing.RunningService;
import io.primaryinterop.mpi.service.testing.RunningService.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Every route the running service's router knows (so routes added later are covered without touching
 * this test) is called without a token, with a bad token, with each role alone: 401 without a valid token,
 * 403 for a role it does not grant, neither for a role it grants. The 401/403 body is a FHIR
 * OperationOutcome under /fhir and application/problem+json elsewhere. Controller routes must name their
 * roles with {@code @Secured}; management endpoints are listed here with the access their configuration gives.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndpointRolesTest {

    /** Management endpoints (configured, not annotated): their access. Anything else unlisted fails. */
    private static final Map<String, Set<String>> MANAGEMENT = Map.of(
            "/health", Set.of(SecurityRule.IS_ANONYMOUS),
            "/health/{selector}", Set.of(SecurityRule.IS_ANONYMOUS),
            "/prometheus", Set.of(Roles.ADMIN));

    /** Controller routes open without a token, each for a reason: FHIR clients read the CapabilityStatement before they authenticate. */
    private static final Set<String> OPEN_CONTROLLER_ROUTES = Set.of("GET /fhir/metadata", "HEAD /fhir/metadata");

    private RunningService service;

    @BeforeAll
    void start() {
        service = RunningService.onOwnH2();
    }

    @AfterAll
    void stop() {
        service.close();
    }

    private List<UriRouteInfo<?, ?>> routes() {
        List<UriRouteInfo<?, ?>> routes = service.context().getBean(Router.class).uriRoutes().<UriRouteInfo<?, ?>>map(r -> r).toList();
        assertFalse(routes.isEmpty(), "the router lists routes");
        return routes;
    }

    private static boolean isController(UriRouteInfo<?, ?> route) {
        return route.getAnnotationMetadata().hasStereotype(Controller.class);
    }

    @Test
    void everyControllerRouteNamesKnownRolesWithSecured() {
        List<String> problems = new ArrayList<>();
        for (UriRouteInfo<?, ?> route : routes()) {
            if (!isController(route)) {
                continue;
            }
            String[] values = route.getAnnotationMetadata().stringValues(Secured.class);
            if (values.length == 0) {
                problems.add(describe(route) + ": no @Secured on the method or its controller");
            }
            for (String value : values) {
                if (value.equals(SecurityRule.IS_ANONYMOUS) && OPEN_CONTROLLER_ROUTES.contains(describe(route))) {
                    continue;
                }
                if (!Roles.ALL.contains(value)) {
                    problems.add(describe(route) + ": @Secured(\"" + value + "\") is not one of " + Roles.ALL);
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theOpenApiDocumentIsOpenAndAnUnknownPathIsNotFound() {
        assertEquals(200, service.anonymous().get("/openapi/mpi-service-0.1.0.yml").status());
        assertEquals(404, service.anonymous().get("/api/v1/no-such-thing").status());
    }

    @TestFactory
    Stream<DynamicTest> everyRouteWithoutATokenWithABadTokenAndWithEveryRole() {
        return routes().stream().map(route -> DynamicTest.dynamicTest(describe(route), () -> check(route)));
    }

    private void check(UriRouteInfo<?, ?> route) {
        Set<String> access = access(route);
        String method = route.getHttpMethodName();
        String path = concretePath(route);
        String body = permitsBody(method) ? "{}" : null;
        if (access.contains(SecurityRule.IS_ANONYMOUS)) {
            assertAllowed(service.anonymous().request(method, path, body), method + " " + path + " open without a token");
            return;
        }
        Reply anonymous = service.anonymous().request(method, path, body);
        assertEquals(401, anonymous.status(), method + " " + path + " without a token: " + anonymous.text());
        assertError(anonymous, method, path);
        for (String badToken : badTokens()) {
            Reply bad = service.as(badToken).request(method, path, body);
            assertEquals(401, bad.status(), method + " " + path + " with an invalid token: " + bad.text());
            assertError(bad, method, path);
        }
        for (String role : Roles.ALL) {
            Reply reply = service.withRoles("role-test", role).request(method, path, body);
            if (access.contains(role) || access.contains(SecurityRule.IS_AUTHENTICATED)) {
                assertAllowed(reply, method + " " + path + " with role " + role);
            } else {
                assertEquals(403, reply.status(), method + " " + path + " with role " + role + ": " + reply.text());
                assertError(reply, method, path);
            }
        }
        Reply none = service.withRoles("role-test").request(method, path, body);
        if (!access.contains(SecurityRule.IS_AUTHENTICATED)) {
            assertEquals(403, none.status(), method + " " + path + " with a token without roles: " + none.text());
        }
    }

    /**
     * The body of a 401/403: under /fhir a FHIR OperationOutcome (issue code login / forbidden), elsewhere
     * application/problem+json with the status; every 401 with a Bearer challenge (RFC 6750).
     */
    private static void assertError(Reply reply, String method, String path) {
        String what = method + " " + path + ": " + reply.status() + " as " + reply.contentType() + " " + reply.text();
        boolean fhir = path.equals("/fhir") || path.startsWith("/fhir/");
        if (reply.status() == 401) {
            String challenge = reply.header("WWW-Authenticate");
            assertTrue(challenge != null && challenge.startsWith("Bearer"), "a Bearer challenge: " + what);
        }
        if (method.equals("HEAD")) {
            return;
        }
        if (fhir) {
            assertTrue(reply.contentType().startsWith("application/fhir+json"), what);
            assertTrue(reply.json() != null, what);
            assertEquals("OperationOutcome", reply.json().path("resourceType").asText(), what);
            JsonNode issue = reply.json().path("issue").path(0);
            assertEquals("error", issue.path("severity").asText(), what);
            assertEquals(reply.status() == 401 ? "login" : "forbidden", issue.path("code").asText(), what);
        } else {
            assertTrue(reply.contentType().startsWith("application/problem+json"), what);
        }
    }

    private static void assertAllowed(Reply reply, String what) {
        assertTrue(reply.status() != 401 && reply.status() != 403, what + " must be allowed, got " + reply.status()
                + ": " + reply.text());
    }

    /** Tokens that must never pass: another secret, expired, unsigned. */
    private List<String> badTokens() {
        TokenIssuer stranger = new TokenIssuer(SigningSecret.resolve("another-secret-0123456789abcdefghijklmnopqrstuvwxyz", null));
        TokenIssuer ours = service.context().getBean(TokenIssuer.class);
        String valid = service.token("role-test", Roles.ALL.toArray(String[]::new));
        String[] parts = valid.split("\\.");
        return List.of(
                stranger.issue("role-test", Roles.ALL, Duration.ofHours(1)),
                ours.issue("role-test", Roles.ALL, Duration.ofMinutes(1), Instant.now().minus(Duration.ofHours(2))),
                "eyJhbGciOiJub25lIn0." + parts[1] + ".",
                "not-a-jwt");
    }

    private Set<String> access(UriRouteInfo<?, ?> route) {
        if (isController(route)) {
            return new LinkedHashSet<>(Arrays.asList(route.getAnnotationMetadata().stringValues(Secured.class)));
        }
        String template = route.getUriMatchTemplate().toString();
        Set<String> access = MANAGEMENT.get(template);
        assertTrue(access != null, "a management route without declared access in this test: " + describe(route)
                + " (add it to MANAGEMENT with the access its configuration gives)");
        return access;
    }

    private static String concretePath(UriRouteInfo<?, ?> route) {
        Map<String, Object> values = new HashMap<>();
        for (String name : route.getUriMatchTemplate().getVariableNames()) {
            values.put(name, "x" + Math.abs(name.hashCode() % 1000));
        }
        return route.getUriMatchTemplate().expand(values);
    }

    private static boolean permitsBody(String method) {
        return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
    }

    private static String describe(UriRouteInfo<?, ?> route) {
        return route.getHttpMethodName() + " " + route.getUriMatchTemplate();
    }
}

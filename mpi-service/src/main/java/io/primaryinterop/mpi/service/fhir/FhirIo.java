package io.primaryinterop.mpi.service.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.util.Locale;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Resource;

/**
 * Reading request bodies and writing answers with HAPI's parsers: the body's encoding from its
 * Content-Type (or its first character), the answer's from {@code _format}, else the Accept header,
 * else JSON. {@code _pretty=true} indents.
 */
@Singleton
public final class FhirIo {

    static final String FHIR_JSON = "application/fhir+json";
    static final String FHIR_XML = "application/fhir+xml";
    /** Every media type the FHIR endpoints read and write. */
    static final String[] MEDIA_TYPES = {FHIR_JSON, "application/json", "text/json", FHIR_XML, "application/xml",
        "text/xml", "*/*"};

    private final FhirContext fhir;

    FhirIo(FhirContext fhir) {
        this.fhir = fhir;
    }

    public FhirContext context() {
        return fhir;
    }

    /** The body as a resource of this type; 400 for an empty, malformed or other-typed body. */
    public <T extends IBaseResource> T read(HttpRequest<?> request, String body, Class<T> type) {
        IBaseResource resource = read(request, body);
        if (!type.isInstance(resource)) {
            throw new InvalidRequestException("expected a " + fhir.getResourceType(type) + " resource, found "
                    + fhir.getResourceType(resource));
        }
        return type.cast(resource);
    }

    /** The body as whatever resource it holds; 400 for an empty or malformed body. */
    public IBaseResource read(HttpRequest<?> request, String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidRequestException("the request has no body; expected a FHIR resource");
        }
        try {
            return parserFor(request, body).parseResource(body);
        } catch (DataFormatException | IllegalArgumentException | ClassCastException e) {
            // HAPI names the problem and its position; the message goes back to the client, never into the log.
            throw new InvalidRequestException("not a valid FHIR resource: " + e.getMessage());
        }
    }

    /** The resource encoded as the request asks, with that content type. */
    public MutableHttpResponse<String> respond(HttpRequest<?> request, HttpStatus status, IBaseResource resource) {
        boolean xml = wantsXml(request);
        IParser parser = xml ? fhir.newXmlParser() : fhir.newJsonParser();
        parser.setPrettyPrint(request.getParameters().getFirst("_pretty").map("true"::equalsIgnoreCase).orElse(false));
        MutableHttpResponse<String> response = HttpResponse.<String>status(status)
                .body(parser.encodeResourceToString(resource))
                .contentType((xml ? FHIR_XML : FHIR_JSON) + ";charset=UTF-8");
        if (resource instanceof Resource r && r.hasMeta() && r.getMeta().hasVersionId()) {
            response.header(HttpHeaders.ETAG, "W/\"" + r.getMeta().getVersionId() + "\"");
        }
        return response;
    }

    /** An error's outcome as the request asks, or in JSON when its {@code _format} is itself unusable. */
    MutableHttpResponse<String> respondError(HttpRequest<?> request, HttpStatus status, IBaseResource outcome) {
        try {
            return respond(request, status, outcome);
        } catch (InvalidRequestException badFormat) {
            return respond(HttpRequest.GET("/"), status, outcome);
        }
    }

    /** The resource as compact JSON (stored as a record's payload). */
    public String json(IBaseResource resource) {
        return fhir.newJsonParser().encodeResourceToString(resource);
    }

    /** The resource from its stored JSON, or null when the text is not a FHIR resource. */
    public IBaseResource parseStored(String json) {
        if (json == null || !json.contains("\"resourceType\"")) {
            return null;
        }
        try {
            return fhir.newJsonParser().parseResource(json);
        } catch (DataFormatException e) {
            return null;
        }
    }

    /** XML when {@code _format} says so, else when the Accept header names an XML type before any JSON type. */
    static boolean wantsXml(HttpRequest<?> request) {
        String format = request.getParameters().getFirst("_format").orElse(null);
        if (format != null && !format.isBlank()) {
            String f = format.toLowerCase(Locale.ROOT);
            if (f.contains("xml")) {
                return true;
            }
            if (f.contains("json")) {
                return false;
            }
            throw new InvalidRequestException("_format: expected json or xml (or a FHIR media type)");
        }
        String accept = request.getHeaders().get(HttpHeaders.ACCEPT);
        if (accept == null) {
            return false;
        }
        String a = accept.toLowerCase(Locale.ROOT);
        int xml = a.indexOf("xml");
        int json = a.indexOf("json");
        return xml >= 0 && (json < 0 || xml < json);
    }

    private IParser parserFor(HttpRequest<?> request, String body) {
        String type = request.getContentType().map(Object::toString).orElse("").toLowerCase(Locale.ROOT);
        boolean xml = type.contains("xml") || (!type.contains("json") && body.stripLeading().startsWith("<"));
        return xml ? fhir.newXmlParser() : fhir.newJsonParser();
    }
}

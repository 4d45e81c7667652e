package io.primaryinterop.mpi.service.fhir;

import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import io.micronaut.http.HttpRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Query parameter checks shared by the FHIR searches: unknown names are refused, paging numbers parsed. */
final class FhirParams {

    private FhirParams() {
    }

    /** 400 for a parameter (without its :modifier) outside {@code known}. */
    static void requireKnown(HttpRequest<?> request, List<String> known, String what) {
        for (String name : request.getParameters().names()) {
            String bare = name.contains(":") ? name.substring(0, name.indexOf(':')) : name;
            if (!known.contains(bare)) {
                throw new InvalidRequestException(name + ": not a supported " + what + " parameter (see /fhir/metadata)");
            }
        }
    }

    /** A non-negative whole number parameter, or {@code otherwise} when absent. */
    static int number(HttpRequest<?> request, String name, int otherwise) {
        String text = request.getParameters().getFirst(name).orElse(null);
        if (text == null) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(text.trim());
            if (n < 0) {
                throw new InvalidRequestException(name + ": must not be negative");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name + ": expected a whole number");
        }
    }

    /** {@code _count} (default, at most max, at least 1). */
    static int count(HttpRequest<?> request, int defaultCount, int max) {
        int count = Math.min(number(request, "_count", defaultCount), max);
        if (count < 1) {
            throw new InvalidRequestException("_count: must be at least 1");
        }
        return count;
    }

    /** The request's search again as a relative URL, at another page. */
    static String pageUrl(HttpRequest<?> request, String resourceType, int offset, int count) {
        StringBuilder url = new StringBuilder(resourceType).append('?');
        for (String name : request.getParameters().names()) {
            if (name.equals("_offset") || name.equals("_count")) {
                continue;
            }
            for (String value : request.getParameters().getAll(name)) {
                url.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
            }
        }
        return url.append("_count=").append(count).append("&_offset=").append(offset).toString();
    }
}

package io.primaryinterop.mpi.service.api;

import io.primaryinterop.mpi.service.domain.MpiException.InvalidRecord;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Query parameters read by hand, so that a bad one is a 400 naming it and why. */
final class QueryParams {

    private QueryParams() {
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static Double probability(String field, String value) {
        if (text(value) == null) {
            return null;
        }
        try {
            return Double.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidRecord(field, "must be a number between 0 and 1");
        }
    }

    static int integer(String field, String value, int fallback) {
        if (text(value) == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidRecord(field, "must be a whole number");
        }
    }

    static Duration duration(String field, String value) {
        if (text(value) == null) {
            return null;
        }
        try {
            return Duration.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidRecord(field, "must be an ISO-8601 duration such as PT4H or P7D");
        }
    }

    /** An instant with offset ({@code 2026-11-26T13:00:00Z}) or a UTC local date-time; as UTC local time. */
    static LocalDateTime time(String field, String value) {
        if (text(value) == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim()).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(value.trim());
            } catch (DateTimeParseException e) {
                throw new InvalidRecord(field, "must be a date-time such as 2026-11-26T13:00:00Z");
            }
        }
    }
}

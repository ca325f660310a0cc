package eu.csar.web.platform.rest;

import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.RuleViolationException;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Parses partner input into domain values; anything unreadable fails with the name of its field. */
public final class Inputs {

    private Inputs() {
    }

    public static <T> T requiredBody(T body) {
        if (body == null) {
            throw invalid(null, "A request body is required");
        }
        return body;
    }

    public static UUID uuid(String value, String field) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw invalid(field, "'" + value + "' is not a UUID");
        }
    }

    public static <E extends Enum<E>> E enumOrNull(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid(field, "'" + value + "' is not one of " + List.of(type.getEnumConstants()));
        }
    }

    /** A required enum constant, case-insensitive; blank or unknown fails naming the field and the choices. */
    public static <E extends Enum<E>> E requiredEnum(Class<E> type, String value, String field) {
        E parsed = enumOrNull(type, value, field);
        if (parsed == null) {
            throw invalid(field, "must be one of " + List.of(type.getEnumConstants()));
        }
        return parsed;
    }

    public static Instant instantOrNull(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw invalid(field, "'" + value + "' is not an ISO 8601 UTC instant such as 2026-01-31T00:00:00Z");
        }
    }

    /** Checks a page request and returns the index of its first row. */
    public static int firstRow(int page, int size, int maxSize) {
        if (page < 0 || size < 1 || size > maxSize) {
            throw invalid("size", "page must be >= 0 and size between 1 and " + maxSize);
        }
        return page * size;
    }

    public static MemberState memberState(String code, String field) {
        if (code == null || code.isBlank()) {
            throw invalid(field, "must not be blank");
        }
        return MemberState.fromCode(code).orElseThrow(() -> invalid(field,
                "'" + code + "' is not the ISO 3166 alpha-2 code of an EU Member State"));
    }

    /** The error for an unusable input {@code field} (null: the request as a whole). */
    public static RuleViolationException invalid(String field, String message) {
        return new RuleViolationException(RuleViolationException.Code.INVALID, field, message);
    }
}

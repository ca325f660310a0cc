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
            throw invalid(field, quoted(value) + " is not a UUID");
        }
    }

    public static <E extends Enum<E>> E enumOrNull(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid(field, quoted(value) + " is not one of " + List.of(type.getEnumConstants()));
        }
    }

    /** {@code value}, or a 400 naming {@code field} when it is missing or blank. */
    public static String requiredText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw invalid(field, "must not be blank");
        }
        return value;
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
            throw invalid(field, quoted(value) + " is not an ISO 8601 UTC instant such as 2026-01-31T00:00:00Z");
        }
    }

    /**
     * A whole-number query parameter, {@code defaultValue} when absent. Parsed here rather than by
     * the JAX-RS runtime, which answers an unreadable query parameter with 404 instead of naming it.
     */
    public static int integer(String value, int defaultValue, String field) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw invalid(field, "must be a whole number");
        }
    }

    /**
     * Checks a page request and returns the index of its first row. A page beyond the last
     * possible row (page × size past the range of row numbers) is refused, naming {@code page}.
     */
    public static int firstRow(int page, int size, int maxSize) {
        if (size < 1 || size > maxSize) {
            throw invalid("size", "must be between 1 and " + maxSize);
        }
        if (page < 0) {
            throw invalid("page", "must be 0 or more");
        }
        long first = (long) page * size;
        if (first > Integer.MAX_VALUE) {
            throw invalid("page", "is beyond the last page that can exist for size " + size);
        }
        return (int) first;
    }

    public static MemberState memberState(String code, String field) {
        if (code == null || code.isBlank()) {
            throw invalid(field, "must not be blank");
        }
        return MemberState.fromCode(code).orElseThrow(() -> invalid(field,
                quoted(code) + " is not the ISO 3166 alpha-2 code of an EU Member State"));
    }

    /** How many characters of a refused value a problem quotes: enough to recognise it, not a long input echoed back. */
    static final int QUOTED_MAX = 80;

    /**
     * {@code value} in quotes for a problem's detail or a SOAP fault, cut after its first {@value #QUOTED_MAX}
     * characters (and then followed by its length) when longer: a request may carry megabytes in a field,
     * and its refusal should not send them back, several times over in a fault that names the value twice.
     */
    public static String quoted(String value) {
        String text = String.valueOf(value);
        int characters = text.codePointCount(0, text.length());
        return characters <= QUOTED_MAX ? "'" + text + "'" : "'" + shortened(text) + "' (" + characters + " characters)";
    }

    /**
     * {@code text} itself when it has at most {@value #QUOTED_MAX} characters (code points), else its first
     * {@value #QUOTED_MAX} and {@code …}: never cut inside a character.
     */
    static String shortened(String text) {
        if (text.codePointCount(0, text.length()) <= QUOTED_MAX) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, QUOTED_MAX)) + "…";
    }

    /** The error for an unusable input {@code field} (null: the request as a whole). */
    public static RuleViolationException invalid(String field, String message) {
        return RuleViolationException.invalid(field, message);
    }
}

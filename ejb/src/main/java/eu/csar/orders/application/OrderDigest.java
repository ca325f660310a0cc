package eu.csar.orders.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The one way every order's verification hash is made (issue 10 §6): each kind of order feeds the
 * fields of its canonical issue data, in its documented order, into a canonical JSON object, and the
 * hash is the SHA-256 (lower-case hex) of that object's UTF-8 bytes. Canonical means: one object, no
 * white space, keys in the order fed, every value a string (times ISO 8601 UTC in whole seconds, an
 * absent value the empty string), lists as arrays of such objects or strings; strings escape only
 * {@code "}, {@code \} and control characters (as {@code \}{@code uXXXX}). Whoever holds a copy of an
 * order recomputes the hash from the same fields and compares. The kinds' field lists are
 * {@link RemovalOrderDigest}, {@link DetectionOrderDigest} and {@link UrlListOrderDigest}.
 */
public final class OrderDigest {

    private final StringBuilder json = new StringBuilder(256).append('{');
    private boolean first = true;

    private OrderDigest() {
    }

    /** An empty canonical object to feed. */
    public static OrderDigest canonical() {
        return new OrderDigest();
    }

    /** A string field (null as the empty string). */
    public OrderDigest field(String name, String value) {
        key(name);
        string(json, value);
        return this;
    }

    /** A time field, in whole seconds (null as the empty string). */
    public OrderDigest field(String name, Instant value) {
        return field(name, value == null ? null : value.truncatedTo(ChronoUnit.SECONDS).toString());
    }

    /** An array of strings. */
    public OrderDigest strings(String name, List<String> values) {
        key(name);
        json.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            string(json, values.get(i));
        }
        json.append(']');
        return this;
    }

    /** An array of objects, each fed by {@code fields} from one element, in the list's order. */
    public <T> OrderDigest objects(String name, List<T> values, BiConsumer<T, OrderDigest> fields) {
        key(name);
        json.append('[');
        for (int i = 0; i < values.size(); i++) {
            OrderDigest element = new OrderDigest();
            fields.accept(values.get(i), element);
            json.append(i == 0 ? "" : ",").append(element.text());
        }
        json.append(']');
        return this;
    }

    /** The canonical text fed so far. */
    public String text() {
        return json + "}";
    }

    /** The SHA-256 of {@link #text()}. */
    public String hash() {
        return sha256(text());
    }

    public static String sha256(String canonical) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private void key(String name) {
        if (!first) {
            json.append(',');
        }
        first = false;
        string(json, name);
        json.append(':');
    }

    private static void string(StringBuilder json, String value) {
        json.append('"');
        String v = value == null ? "" : value;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        json.append('"');
    }
}

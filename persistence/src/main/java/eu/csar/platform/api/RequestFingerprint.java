package eu.csar.platform.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * What makes two requests "the same request" for an idempotency key: the method, the path and the
 * SHA-256 of the body bytes as sent. A retry of the same request matches; the same key sent with
 * another method, path or body does not, and is refused (422 {@code idempotency-key-reused}) rather
 * than answered with the first request's result.
 */
public record RequestFingerprint(String method, String path, String bodySha256) {

    public RequestFingerprint {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(bodySha256, "bodySha256");
        method = method.toUpperCase(Locale.ROOT);
    }

    public static RequestFingerprint of(String method, String path, byte[] body) {
        return new RequestFingerprint(method, path, sha256(body == null ? new byte[0] : body));
    }

    /** Hex SHA-256 of {@code bytes}: 64 lower-case characters. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}

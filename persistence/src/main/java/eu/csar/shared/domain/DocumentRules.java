package eu.csar.shared.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules every uploaded business document of the platform follows (a risk assessment's documents,
 * the prevention experts' network's documents): PDF, plain text, ODT or DOCX, 1 byte to 10 MiB, a file
 * name of 1 to {@value #MAX_NAME} characters without a path, quotes or control characters. Refusals
 * name the field ({@code mediaType}, {@code content}, {@code fileName}).
 */
public final class DocumentRules {

    /** The largest document: 10 MiB. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    /** The longest file name. */
    public static final int MAX_NAME = 200;

    /** The media types a document may have: PDF, plain text, ODT and DOCX. */
    public static final List<String> MEDIA_TYPES = List.of("application/pdf", "text/plain",
            "application/vnd.oasis.opendocument.text",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private DocumentRules() {
    }

    /** The allowed media type {@code named} stands for (parameters such as a charset ignored), if any. */
    public static Optional<String> allowedMediaType(String named) {
        if (named == null) {
            return Optional.empty();
        }
        int semicolon = named.indexOf(';');
        String bare = (semicolon < 0 ? named : named.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        return MEDIA_TYPES.contains(bare) ? Optional.of(bare) : Optional.empty();
    }

    /** The allowed media type, or refused naming {@code mediaType}. */
    public static String mediaType(String named) {
        return allowedMediaType(named).orElseThrow(() -> RuleViolationException.invalid("mediaType",
                "A document is one of " + String.join(", ", MEDIA_TYPES)));
    }

    /** A copy of {@code content}, refused naming {@code content} when empty or larger than {@link #MAX_BYTES}. */
    public static byte[] content(byte[] content) {
        if (content == null || content.length == 0) {
            throw RuleViolationException.invalid("content", "The document is empty");
        }
        if (content.length > MAX_BYTES) {
            throw RuleViolationException.invalid("content", "A document is at most " + MAX_BYTES + " bytes (10 MiB)");
        }
        return content.clone();
    }

    /** The stripped file name, refused naming {@code fileName} when blank, too long or unsafe. */
    public static String fileName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > MAX_NAME) {
            throw RuleViolationException.invalid("fileName", "A file name of 1 to " + MAX_NAME + " characters is required");
        }
        if (n.equals(".") || n.equals("..")
                || n.chars().anyMatch(c -> Character.isISOControl(c) || c == '/' || c == '\\' || c == '"')) {
            throw RuleViolationException.invalid("fileName", "The file name may contain neither a path, quotes nor control characters");
        }
        return n;
    }

    /** The SHA-256 of {@code content}, lower-case hex. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}

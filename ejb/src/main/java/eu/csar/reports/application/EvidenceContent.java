package eu.csar.reports.application;

import eu.csar.shared.domain.SystemSettings;
import eu.csar.vault.application.EvidenceVault;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What content data a provider may attach to a report (issue 11 §1, docs/reports.md): the media
 * types the review desk can work with (still images, MP4 video, and {@code application/octet-stream}
 * for a file the provider cannot type), and how large an item may be:
 * <ul>
 * <li>over REST the body is streamed into the vault ({@link EvidenceVault#store(java.io.InputStream,
 *     long, String, String, String)}), up to {@link #maxBytes()}: the system property
 *     {@value #MAX_BYTES_PROPERTY}, {@value #DEFAULT_MAX_BYTES} bytes (2 GiB) when it is not set, read
 *     on every upload so an operator's change applies at once;</li>
 * <li>over SOAP the content is base64 inside the message, which the web-service stack holds whole:
 *     at most {@value #MESSAGE_MAX_BYTES} bytes (20 MiB), under the vault's in-memory limit
 *     ({@link EvidenceVault#MAX_BYTES}).</li>
 * </ul>
 */
public final class EvidenceContent {

    /** The system property that sets the most bytes one content item may have over REST. */
    public static final String MAX_BYTES_PROPERTY = "csar.reports.content.max-bytes";

    /** 2 GiB per content item over REST, unless {@value #MAX_BYTES_PROPERTY} says otherwise. */
    public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024 * 1024;

    /** 20 MiB per content item inside a SOAP message. */
    public static final int MESSAGE_MAX_BYTES = 20 * 1024 * 1024;

    /** The media types accepted, in the order the API documents them. */
    public static final List<String> MEDIA_TYPES = List.of("image/png", "image/jpeg", "image/gif", "image/webp", "video/mp4",
            "application/octet-stream");

    private EvidenceContent() {
    }

    /**
     * The accepted media type a {@code Content-Type} header names, without parameters and in lower
     * case; empty when there is none or it is not one of {@link #MEDIA_TYPES} (wildcards included).
     */
    public static Optional<String> mediaType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        int parameters = contentType.indexOf(';');
        String type = (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
        return MEDIA_TYPES.contains(type) ? Optional.of(type) : Optional.empty();
    }

    /** Whether {@code size} bytes are more than one item inside a SOAP message may hold. */
    public static boolean tooLargeForMessage(long size) {
        return size > MESSAGE_MAX_BYTES;
    }

    /**
     * The most bytes one content item may have over REST: {@value #MAX_BYTES_PROPERTY}, else (also when it
     * is not a positive number, which is logged) {@link #DEFAULT_MAX_BYTES}. The same rule as the body
     * limit's ({@code RequestBodyLimit}), through {@link SystemSettings#positiveNumber}.
     */
    public static long maxBytes() {
        return SystemSettings.positiveNumber(MAX_BYTES_PROPERTY, DEFAULT_MAX_BYTES);
    }
}

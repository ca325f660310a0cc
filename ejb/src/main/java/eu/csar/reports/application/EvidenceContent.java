package eu.csar.reports.application;

import eu.csar.vault.application.EvidenceVault;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What content data a provider may attach to a report (issue 11 §1, docs/reports.md): the media
 * types the review desk can work with (still images, MP4 video, and {@code application/octet-stream}
 * for a file the provider cannot type), and at most {@value #MAX_BYTES} bytes per item, under the
 * evidence vault's own limit ({@link EvidenceVault#MAX_BYTES}) because the body is held in memory
 * while it is fingerprinted, encrypted and kept.
 */
public final class EvidenceContent {

    /** 20 MiB per content item. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

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

    /** Whether {@code size} bytes are more than one item may hold. */
    public static boolean tooLarge(long size) {
        return size > MAX_BYTES;
    }
}

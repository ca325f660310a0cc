package eu.csar.vault.api;

import jakarta.ejb.ApplicationException;

/**
 * Content larger than its owner takes (for a report, the configured limit of
 * {@code csar.reports.content.max-bytes}): the reading stopped at the limit and the transaction rolls
 * back, so no segment and no item is left behind (HTTP 413 {@code content-too-large}).
 */
@ApplicationException(rollback = true)
public class ContentTooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long maxBytes;

    public ContentTooLargeException(long maxBytes) {
        super("A content item is at most " + maxBytes + " bytes (" + readable(maxBytes) + ")", null, false, false);
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** {@code 2 GiB}, {@code 20 MiB}, {@code 1536 KiB}, {@code 100 bytes}: the largest binary unit that divides it. */
    public static String readable(long bytes) {
        String[] units = {"GiB", "MiB", "KiB"};
        for (int i = 0; i < units.length; i++) {
            long unit = 1L << (10 * (3 - i));
            if (bytes >= unit && bytes % unit == 0) {
                return bytes / unit + " " + units[i];
            }
        }
        return bytes + " bytes";
    }
}

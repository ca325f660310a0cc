package eu.csar.detection.pdq;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file could not be decoded as an image (unreadable, unsupported format, truncated or corrupt).
 * The message always names the file, so that a tool run over thousands of files says which one
 * failed; no hash is ever produced for such a file.
 */
public class ImageDecodeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public ImageDecodeException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
    }

    /** The file that could not be decoded. */
    public Path file() {
        return file;
    }
}

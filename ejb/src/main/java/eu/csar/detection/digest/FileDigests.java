package eu.csar.detection.digest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * MD5, SHA-1 and SHA-256 of a file's bytes, computed together in one streamed pass (64 KiB at a
 * time), as lowercase hex. Used for exact-match indicators and to identify a file in reports.
 */
public record FileDigests(String md5, String sha1, String sha256) {

    private static final int BUFFER = 64 * 1024;

    /** Streams the file once through the three digests. */
    public static FileDigests of(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return of(in);
        }
    }

    /** Streams the input to its end through the three digests (the stream is not closed). */
    public static FileDigests of(InputStream in) throws IOException {
        MessageDigest md5 = digest("MD5");
        MessageDigest sha1 = digest("SHA-1");
        MessageDigest sha256 = digest("SHA-256");
        byte[] buf = new byte[BUFFER];
        for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
            md5.update(buf, 0, n);
            sha1.update(buf, 0, n);
            sha256.update(buf, 0, n);
        }
        HexFormat hex = HexFormat.of();
        return new FileDigests(hex.formatHex(md5.digest()), hex.formatHex(sha1.digest()), hex.formatHex(sha256.digest()));
    }

    /** The three digests of bytes already in memory. */
    public static FileDigests of(byte[] bytes) {
        HexFormat hex = HexFormat.of();
        return new FileDigests(hex.formatHex(digest("MD5").digest(bytes)), hex.formatHex(digest("SHA-1").digest(bytes)),
                hex.formatHex(digest("SHA-256").digest(bytes)));
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform must provide " + algorithm, e);
        }
    }
}

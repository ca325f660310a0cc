package eu.csar.web.platform.rest;

import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.CipherOutputStream;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.IvParameterSpec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A request body read once to its end, so that its SHA-256 is known before the operation runs (the
 * idempotency fingerprint), and replayable once for the operation. Up to {@code inMemoryBytes} it
 * stays in memory; a larger body (a file upload) goes to a temporary file, encrypted with AES-CTR
 * under a key that exists only in this object, so the bytes on disk are unreadable once it is gone
 * (content data must never lie in clear outside the evidence vault), and the file is deleted when
 * the body is {@linkplain #close() closed} or, on Linux, as soon as it is opened for reading.
 * The length is bounded by whoever gives the stream ({@link CappedBody}).
 */
final class SpooledBody implements Closeable {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int COPY_BUFFER = 64 * 1024;

    private final String sha256;
    private final long length;
    private final byte[] inMemory;
    private final Path file;
    private final SecretKey key;
    private final byte[] iv;

    private SpooledBody(String sha256, long length, byte[] inMemory, Path file, SecretKey key, byte[] iv) {
        this.sha256 = sha256;
        this.length = length;
        this.inMemory = inMemory;
        this.file = file;
        this.key = key;
        this.iv = iv;
    }

    /** Reads {@code body} to its end, hashing it on the way. */
    static SpooledBody read(InputStream body, int inMemoryBytes) throws IOException {
        MessageDigest digest = newDigest();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        byte[] buffer = new byte[COPY_BUFFER];
        long length = 0;
        int n;
        while ((n = body.read(buffer, 0, (int) Math.min(buffer.length, inMemoryBytes + 1L - head.size()))) > 0) {
            digest.update(buffer, 0, n);
            head.write(buffer, 0, n);
            length += n;
            if (head.size() > inMemoryBytes) {
                return toFile(body, digest, head.toByteArray(), length, buffer);
            }
        }
        return new SpooledBody(hex(digest), length, head.toByteArray(), null, null, null);
    }

    private static SpooledBody toFile(InputStream body, MessageDigest digest, byte[] head, long headLength, byte[] buffer)
            throws IOException {
        SecretKey key = newKey();
        byte[] iv = new byte[16];
        RANDOM.nextBytes(iv);
        Path file = Files.createTempFile("csar-body-", ".spool"); // owner-only on POSIX
        long length = headLength;
        try (OutputStream out = new CipherOutputStream(Files.newOutputStream(file), cipher(Cipher.ENCRYPT_MODE, key, iv))) {
            out.write(head);
            int n;
            while ((n = body.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
                length += n;
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return new SpooledBody(hex(digest), length, null, file, key, iv);
    }

    /** Lower-case hex SHA-256 of the whole body. */
    String sha256() {
        return sha256;
    }

    long length() {
        return length;
    }

    /** True when the body went to a temporary file. */
    boolean spilled() {
        return file != null;
    }

    Path file() {
        return file;
    }

    /** The body again, from its first byte; once. */
    InputStream open() {
        if (file == null) {
            return new ByteArrayInputStream(inMemory);
        }
        try {
            InputStream in = new CipherInputStream(new FileInputStream(file.toFile()), cipher(Cipher.DECRYPT_MODE, key, iv));
            Files.deleteIfExists(file); // the open descriptor keeps it readable; nothing is left behind
            return in;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (file != null) {
            Files.deleteIfExists(file);
        }
    }

    private static SecretKey newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, RANDOM);
            return generator.generateKey();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has AES", e);
        }
    }

    private static Cipher cipher(int mode, SecretKey key, byte[] iv) {
        try {
            Cipher cipher = Cipher.getInstance("AES/CTR/NoPadding");
            cipher.init(mode, key, new IvParameterSpec(iv));
            return cipher;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has AES/CTR", e);
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }
}

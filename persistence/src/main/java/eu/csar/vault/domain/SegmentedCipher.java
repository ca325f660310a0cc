package eu.csar.vault.domain;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The vault's streamed content format (docs/vault.md, "Segments"), plain Java so that every rule is
 * tested alone: the plaintext is read as a stream and encrypted in segments of {@link #SEGMENT_BYTES}
 * with AES-256-GCM under the item's own data key, so no more than two segments are ever in memory,
 * whatever the item's size.
 * <ul>
 * <li>each segment's 96-bit nonce is derived from the item id and the segment number (never random,
 *     never repeated: the data key belongs to this item alone, and each number is used once);</li>
 * <li>its additional authenticated data names the item, the segment number and whether it is the last
 *     segment, so a segment moved to another place or item, a missing tail (truncation) and segments
 *     appended after the last one (extension) all fail a tag check;</li>
 * <li>the data key is wrapped by the master key exactly as {@link EnvelopeCipher} does (same AAD),
 *     so destroying the wrapped key makes the item unreadable and a rotation rewraps it unchanged.</li>
 * </ul>
 * SHA-256 and MD5 of the plaintext are computed on the way in; on the way out, bytes are released
 * segment by segment, each only after its tag was checked.
 */
public final class SegmentedCipher {

    /** 1 MiB of plaintext per segment (the last one may be shorter; an empty item is one empty segment). */
    public static final int SEGMENT_BYTES = 1024 * 1024;
    private static final String GCM = "AES/GCM/NoPadding";

    private final EnvelopeCipher envelope;
    private final SecureRandom random;
    private final int segmentBytes;

    public SegmentedCipher(SecureRandom random, int segmentBytes) {
        this.random = Objects.requireNonNull(random, "random");
        this.envelope = new EnvelopeCipher(random);
        if (segmentBytes < 1) {
            throw new IllegalArgumentException("a segment holds at least one byte");
        }
        this.segmentBytes = segmentBytes;
    }

    public SegmentedCipher() {
        this(new SecureRandom(), SEGMENT_BYTES);
    }

    /** Where sealed segments go, in order from 0 (the vault: one row each in PostgreSQL). */
    @FunctionalInterface
    public interface SegmentSink {
        void accept(int number, byte[] ciphertext);
    }

    /** Where sealed segments come from: segment {@code number}, or empty when there is none. */
    @FunctionalInterface
    public interface SegmentSource {
        Optional<byte[]> segment(int number);
    }

    /**
     * Reads {@code plaintext} to its end and hands each sealed segment to {@code sink}; more than
     * {@code maxBytes} stops the reading with {@link TooLarge} (what was handed out is then the
     * caller's to discard: the vault does it in one transaction).
     */
    public Sealed seal(UUID itemId, InputStream plaintext, long maxBytes, SegmentSink sink, String masterAlias, SecretKey master)
            throws IOException {
        Objects.requireNonNull(itemId, "itemId");
        byte[] dataKey = new byte[EnvelopeCipher.DATA_KEY_BYTES];
        random.nextBytes(dataKey);
        try {
            SecretKey key = new SecretKeySpec(dataKey, "AES");
            MessageDigest sha256 = digest("SHA-256");
            MessageDigest md5 = digest("MD5");
            byte[] current = new byte[segmentBytes];
            byte[] next = new byte[segmentBytes];
            int currentLength = plaintext.readNBytes(current, 0, segmentBytes);
            long size = currentLength;
            int number = 0;
            while (true) {
                if (size > maxBytes) {
                    throw new TooLarge(maxBytes);
                }
                int nextLength = currentLength < segmentBytes ? 0 : plaintext.readNBytes(next, 0, segmentBytes);
                boolean last = nextLength == 0;
                sha256.update(current, 0, currentLength);
                md5.update(current, 0, currentLength);
                sink.accept(number, gcm(Cipher.ENCRYPT_MODE, key, itemId, number, last, current, currentLength));
                if (last) {
                    break;
                }
                byte[] swap = current;
                current = next;
                next = swap;
                currentLength = nextLength;
                size += nextLength;
                number++;
            }
            Arrays.fill(current, (byte) 0);
            Arrays.fill(next, (byte) 0);
            return new Sealed(envelope.wrap(itemId, dataKey, masterAlias, master), size, number + 1, segmentBytes,
                    HexFormat.of().formatHex(sha256.digest()), HexFormat.of().formatHex(md5.digest()));
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    /**
     * Decrypts the item's segments from {@code source} into {@code out}, in order, each only after its
     * tag check; any changed, moved, missing or added segment is a {@link VaultIntegrityException}.
     * Answers the SHA-256 of what was written (lower-case hex), for the caller to compare with the
     * stored digest. A segment is the last one exactly when the source has no next one.
     */
    public String open(UUID itemId, SegmentSource source, EnvelopeCipher.WrappedKey wrapped, SecretKey master, OutputStream out)
            throws IOException {
        byte[] dataKey = EnvelopeCipher.unwrap(itemId, wrapped, master);
        try {
            SecretKey key = new SecretKeySpec(dataKey, "AES");
            MessageDigest sha256 = digest("SHA-256");
            int number = 0;
            byte[] current = source.segment(0).orElseThrow(() -> new VaultIntegrityException("item " + itemId + " has no segment 0"));
            while (current != null) {
                byte[] next = number == Integer.MAX_VALUE ? null : source.segment(number + 1).orElse(null);
                byte[] plain = gcm(Cipher.DECRYPT_MODE, key, itemId, number, next == null, current, current.length);
                sha256.update(plain);
                out.write(plain);
                current = next;
                number++;
            }
            return HexFormat.of().formatHex(sha256.digest());
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    /** The segment's nonce: 4 bytes from the item id, then the segment number (unique under the item's own key). */
    static byte[] nonce(UUID itemId, int number) {
        return ByteBuffer.allocate(EnvelopeCipher.NONCE_BYTES)
                .putInt((int) (itemId.getMostSignificantBits() >>> 32))
                .putLong(number)
                .array();
    }

    static byte[] aad(UUID itemId, int number, boolean last) {
        return ("csar-vault/v2/segment/" + itemId + "/" + number + "/" + (last ? "last" : "more")).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gcm(int mode, SecretKey key, UUID itemId, int number, boolean last, byte[] input, int length) {
        try {
            Cipher cipher = Cipher.getInstance(GCM);
            cipher.init(mode, key, new GCMParameterSpec(EnvelopeCipher.TAG_BITS, nonce(itemId, number)));
            cipher.updateAAD(aad(itemId, number, last));
            return cipher.doFinal(input, 0, length);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new VaultIntegrityException("segment " + number + " of item " + itemId
                    + " failed its check: changed, moved, cut short, extended, or the wrong key");
        } catch (GeneralSecurityException e) {
            throw new VaultIntegrityException("AES-GCM refused segment " + number + ": " + e.getMessage());
        }
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has " + algorithm, e);
        }
    }

    /** The item's wrapped data key, with what was learnt about the plaintext on the way. */
    public record Sealed(EnvelopeCipher.WrappedKey key, long size, int segments, int segmentBytes, String sha256, String md5) {
    }

    /** The plaintext passed the limit the caller gave; the reading stopped there. */
    public static final class TooLarge extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final long maxBytes;

        TooLarge(long maxBytes) {
            super("the content is larger than " + maxBytes + " bytes", null, false, false);
            this.maxBytes = maxBytes;
        }

        public long maxBytes() {
            return maxBytes;
        }
    }
}

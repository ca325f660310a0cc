package eu.csar.vault.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.crypto.SecretKey;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The streamed segment format: what goes in comes out, segment by segment, and every change to the
 * stored segments (a changed byte, two segments swapped, the tail cut off, a segment added after the
 * last, a segment from another item) is refused with nothing of the failing segment released. Small
 * segments (16 bytes) stand for the vault's 1 MiB ones; the content is random bytes made here.
 */
class SegmentedCipherTest {

    private static final int SEGMENT = 16;
    private final SecretKey master1 = EnvelopeCipherTest.key(1);
    private final SecretKey master2 = EnvelopeCipherTest.key(2);
    private final SegmentedCipher cipher = new SegmentedCipher(new SecureRandom(), SEGMENT);
    private final UUID item = UUID.fromString("00000000-0000-4000-8000-000000000001");

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 15, 16, 17, 32, 33, 100})
    void whatGoesInComesOutWithItsDigestsWhateverTheSize(int size) throws Exception {
        byte[] plain = random(size);
        Map<Integer, byte[]> stored = new TreeMap<>();
        SegmentedCipher.Sealed sealed = seal(plain, stored);

        assertEquals(size, sealed.size());
        assertEquals(Math.max(1, (size + SEGMENT - 1) / SEGMENT), sealed.segments(), "segments for " + size + " bytes");
        assertEquals(sealed.segments(), stored.size());
        assertEquals(SEGMENT, sealed.segmentBytes());
        assertEquals(hex("SHA-256", plain), sealed.sha256());
        assertEquals(hex("MD5", plain), sealed.md5());
        assertEquals("vault-master-1", sealed.key().masterAlias());
        for (Map.Entry<Integer, byte[]> segment : stored.entrySet()) {
            int plainLength = Math.min(SEGMENT, size - segment.getKey() * SEGMENT);
            assertEquals(plainLength + 16, segment.getValue().length, "segment " + segment.getKey() + ": its bytes plus the GCM tag");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(sealed.sha256(), cipher.open(item, source(stored), sealed.key(), master1, out));
        assertArrayEquals(plain, out.toByteArray());
    }

    @Test
    void theSegmentsHoldNoPlaintextAndEachHasItsOwnNonce() throws Exception {
        byte[] plain = new byte[3 * SEGMENT]; // three equal segments of zeros
        Map<Integer, byte[]> stored = new TreeMap<>();
        seal(plain, stored);
        assertFalse(java.util.Arrays.equals(stored.get(0), stored.get(1)), "the same plaintext gives other bytes in another segment");
        assertFalse(java.util.Arrays.equals(SegmentedCipher.nonce(item, 0), SegmentedCipher.nonce(item, 1)));
        assertFalse(java.util.Arrays.equals(SegmentedCipher.nonce(item, 0),
                SegmentedCipher.nonce(UUID.fromString("10000000-0000-4000-8000-000000000001"), 0)), "the item is in the nonce");
        for (byte[] segment : stored.values()) {
            assertFalse(java.util.Arrays.equals(new byte[SEGMENT], java.util.Arrays.copyOf(segment, SEGMENT)));
        }
    }

    @Test
    void aChangedByteIsRefusedAndNothingOfThatSegmentIsReleased() throws Exception {
        Map<Integer, byte[]> stored = new TreeMap<>();
        SegmentedCipher.Sealed sealed = seal(random(40), stored);
        stored.get(1)[3] ^= 1;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThrows(VaultIntegrityException.class, () -> cipher.open(item, source(stored), sealed.key(), master1, out));
        assertEquals(SEGMENT, out.size(), "segment 0 passed its check; segment 1 was never written out");
    }

    @Test
    void reorderedSegmentsAreRefused() throws Exception {
        Map<Integer, byte[]> stored = new TreeMap<>();
        SegmentedCipher.Sealed sealed = seal(random(48), stored);
        byte[] first = stored.get(0);
        stored.put(0, stored.get(1));
        stored.put(1, first);
        assertRefused(stored, sealed);
    }

    @Test
    void aTruncatedItemIsRefusedAtItsNewLastSegment() throws Exception {
        Map<Integer, byte[]> stored = new TreeMap<>();
        SegmentedCipher.Sealed sealed = seal(random(48), stored);
        stored.remove(2);
        assertRefused(stored, sealed);
        stored.remove(1);
        assertRefused(stored, sealed);
    }

    @Test
    void aMissingSegmentInTheMiddleOrAtTheStartIsRefused() throws Exception {
        Map<Integer, byte[]> stored = new TreeMap<>();
        SegmentedCipher.Sealed sealed = seal(random(48), stored);
        Map<Integer, byte[]> gap = new TreeMap<>(stored);
        gap.remove(1);
        assertRefused(gap, sealed);
        stored.remove(0);
        assertRefused(stored, sealed);
    }

    @Test
    void anExtendedItemIsRefusedWhetherTheAddedSegmentIsACopyOrAnotherItemsLast() throws Exception {
        Map<Integer, byte[]> stored = new TreeMap<>();
        SegmentedCipher.Sealed sealed = seal(random(40), stored);
        Map<Integer, byte[]> copy = new TreeMap<>(stored);
        copy.put(3, stored.get(2));
        assertRefused(copy, sealed);
        Map<Integer, byte[]> other = new TreeMap<>();
        seal(random(5), other);
        stored.put(3, other.get(0));
        assertRefused(stored, sealed);
    }

    @Test
    void anotherItemsSegmentsOrKeyOrTheWrongMasterKeyAreRefused() throws Exception {
        Map<Integer, byte[]> stored = new TreeMap<>();
        SegmentedCipher.Sealed sealed = seal(random(20), stored);
        UUID another = UUID.fromString("00000000-0000-4000-8000-000000000002");
        assertThrows(VaultIntegrityException.class,
                () -> cipher.open(another, source(stored), sealed.key(), master1, new ByteArrayOutputStream()));
        assertThrows(VaultIntegrityException.class,
                () -> cipher.open(item, source(stored), sealed.key(), master2, new ByteArrayOutputStream()));
        Map<Integer, byte[]> others = new TreeMap<>();
        seal(random(20), others);
        assertThrows(VaultIntegrityException.class,
                () -> cipher.open(item, source(others), sealed.key(), master1, new ByteArrayOutputStream()),
                "segments sealed under another data key");
    }

    @Test
    void aRotationRewrapsTheKeyAndTheSegmentsStayReadableUnderTheNewMasterKeyOnly() throws Exception {
        Map<Integer, byte[]> stored = new TreeMap<>();
        byte[] plain = random(33);
        SegmentedCipher.Sealed sealed = seal(plain, stored);
        EnvelopeCipher.WrappedKey rewrapped = new EnvelopeCipher().rewrap(item, sealed.key(), master1, "vault-master-2", master2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        cipher.open(item, source(stored), rewrapped, master2, out);
        assertArrayEquals(plain, out.toByteArray());
        assertThrows(VaultIntegrityException.class,
                () -> cipher.open(item, source(stored), rewrapped, master1, new ByteArrayOutputStream()));
    }

    @Test
    void moreThanTheLimitStopsTheReadingAtTheLimitsSegment() throws Exception {
        Map<Integer, byte[]> stored = new TreeMap<>();
        CountingStream in = new CountingStream(random(10 * SEGMENT));
        SegmentedCipher.TooLarge refused = assertThrows(SegmentedCipher.TooLarge.class,
                () -> cipher.seal(item, in, 2L * SEGMENT, stored::put, "vault-master-1", master1));
        assertEquals(2L * SEGMENT, refused.maxBytes());
        assertTrue(in.read <= 3L * SEGMENT, "read no more than one segment past the limit: " + in.read);
        assertEquals(64, seal(random(64), new TreeMap<>(), 64).size(), "exactly the limit is kept");
    }

    private void assertRefused(Map<Integer, byte[]> stored, SegmentedCipher.Sealed sealed) {
        assertThrows(VaultIntegrityException.class,
                () -> cipher.open(item, source(stored), sealed.key(), master1, new ByteArrayOutputStream()));
    }

    private SegmentedCipher.Sealed seal(byte[] plain, Map<Integer, byte[]> stored) throws IOException {
        return seal(plain, stored, Long.MAX_VALUE);
    }

    private SegmentedCipher.Sealed seal(byte[] plain, Map<Integer, byte[]> stored, long max) throws IOException {
        return cipher.seal(item, new ByteArrayInputStream(plain), max, (number, ciphertext) -> {
            assertEquals(stored.size(), number, "segments come in order");
            stored.put(number, ciphertext);
        }, "vault-master-1", master1);
    }

    private static SegmentedCipher.SegmentSource source(Map<Integer, byte[]> stored) {
        return number -> Optional.ofNullable(stored.get(number)).map(byte[]::clone);
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private static String hex(String algorithm, byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
    }

    /** Counts what the cipher read. */
    private static final class CountingStream extends InputStream {
        private final ByteArrayInputStream in;
        private long read;

        CountingStream(byte[] bytes) {
            in = new ByteArrayInputStream(bytes);
        }

        @Override
        public int read() {
            int b = in.read();
            read += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            int n = in.read(buffer, offset, length);
            read += Math.max(n, 0);
            return n;
        }
    }
}

package eu.csar.vault.domain;

import org.junit.jupiter.api.Test;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The vault's envelope encryption on a synthetic gradient PNG (never any real material). */
class EnvelopeCipherTest {

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final EnvelopeCipher cipher = new EnvelopeCipher(new SecureRandom());
    private final SecretKey master1 = key(1);
    private final SecretKey master2 = key(2);
    private final UUID item = UUID.randomUUID();

    static SecretKey key(int seed) {
        byte[] bytes = new byte[32];
        new java.util.Random(seed).nextBytes(bytes);
        return new SecretKeySpec(bytes, "AES");
    }

    /** A harmless synthetic picture: a blue-to-orange gradient drawn in the test. */
    static byte[] gradientPng() {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, Color.BLUE, 64, 48, Color.ORANGE));
        g.fillRect(0, 0, 64, 48);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void whatIsSealedOpensToTheSameBytesAndTheCiphertextIsNotTheImage() {
        byte[] png = gradientPng();
        EnvelopeCipher.Sealed sealed = cipher.seal(item, png, "vault-master-1", master1);

        assertArrayEquals(png, cipher.open(item, sealed.ciphertext(), sealed.nonce(), sealed.key(), master1));
        assertFalse(Arrays.equals(PNG_MAGIC, Arrays.copyOf(sealed.ciphertext(), PNG_MAGIC.length)), "no PNG magic at rest");
        assertEquals(png.length + EnvelopeCipher.TAG_BITS / 8, sealed.ciphertext().length);
        assertEquals(EnvelopeCipher.NONCE_BYTES, sealed.nonce().length);
        assertEquals("vault-master-1", sealed.key().masterAlias());
        assertEquals(EnvelopeCipher.DATA_KEY_BYTES + EnvelopeCipher.TAG_BITS / 8, sealed.key().wrapped().length);
    }

    @Test
    void eachItemGetsItsOwnDataKeyAndNonce() {
        byte[] png = gradientPng();
        EnvelopeCipher.Sealed a = cipher.seal(item, png, "vault-master-1", master1);
        EnvelopeCipher.Sealed b = cipher.seal(item, png, "vault-master-1", master1);
        assertFalse(Arrays.equals(a.ciphertext(), b.ciphertext()));
        assertFalse(Arrays.equals(a.nonce(), b.nonce()));
        assertFalse(Arrays.equals(a.key().wrapped(), b.key().wrapped()));
        assertFalse(Arrays.equals(a.key().nonce(), b.key().nonce()));
    }

    @Test
    void anEmptyContentRoundTrips() {
        EnvelopeCipher.Sealed sealed = cipher.seal(item, new byte[0], "m", master1);
        assertArrayEquals(new byte[0], cipher.open(item, sealed.ciphertext(), sealed.nonce(), sealed.key(), master1));
    }

    @Test
    void aChangedCiphertextIsRefused() {
        EnvelopeCipher.Sealed sealed = cipher.seal(item, gradientPng(), "vault-master-1", master1);
        for (int at : new int[] {0, sealed.ciphertext().length / 2, sealed.ciphertext().length - 1}) {
            byte[] tampered = sealed.ciphertext().clone();
            tampered[at] ^= 1;
            assertThrows(VaultIntegrityException.class, () -> cipher.open(item, tampered, sealed.nonce(), sealed.key(), master1));
        }
    }

    @Test
    void aChangedNonceIsRefused() {
        EnvelopeCipher.Sealed sealed = cipher.seal(item, gradientPng(), "vault-master-1", master1);
        byte[] nonce = sealed.nonce().clone();
        nonce[3] ^= 0x40;
        assertThrows(VaultIntegrityException.class, () -> cipher.open(item, sealed.ciphertext(), nonce, sealed.key(), master1));
        assertThrows(VaultIntegrityException.class, () -> cipher.open(item, sealed.ciphertext(), new byte[8], sealed.key(), master1));
        assertThrows(VaultIntegrityException.class, () -> cipher.open(item, sealed.ciphertext(), null, sealed.key(), master1));
    }

    @Test
    void contentCopiedOntoAnotherItemDoesNotDecrypt() {
        EnvelopeCipher.Sealed sealed = cipher.seal(item, gradientPng(), "vault-master-1", master1);
        UUID other = UUID.randomUUID();
        assertThrows(VaultIntegrityException.class, () -> cipher.open(other, sealed.ciphertext(), sealed.nonce(), sealed.key(), master1));
    }

    @Test
    void theContentIsBoundToTheItemIdEvenWithTheRightDataKey() {
        EnvelopeCipher.Sealed a = cipher.seal(item, gradientPng(), "vault-master-1", master1);
        UUID other = UUID.randomUUID();
        // b's key unwraps for other; a's ciphertext was bound to item, so it still fails as other's
        EnvelopeCipher.Sealed b = cipher.seal(other, "x".getBytes(StandardCharsets.UTF_8), "vault-master-1", master1);
        assertThrows(VaultIntegrityException.class, () -> cipher.open(other, a.ciphertext(), a.nonce(), b.key(), master1));
    }

    @Test
    void aChangedWrappedKeyOrItsNonceOrItsAliasIsRefused() {
        EnvelopeCipher.Sealed sealed = cipher.seal(item, gradientPng(), "vault-master-1", master1);
        EnvelopeCipher.WrappedKey k = sealed.key();
        byte[] wrapped = k.wrapped().clone();
        wrapped[5] ^= 2;
        byte[] nonce = k.nonce().clone();
        nonce[0] ^= 2;
        for (EnvelopeCipher.WrappedKey bad : new EnvelopeCipher.WrappedKey[] {
                new EnvelopeCipher.WrappedKey(wrapped, k.nonce(), k.masterAlias()),
                new EnvelopeCipher.WrappedKey(k.wrapped(), nonce, k.masterAlias()),
                new EnvelopeCipher.WrappedKey(k.wrapped(), k.nonce(), "vault-master-2")}) {
            assertThrows(VaultIntegrityException.class, () -> cipher.open(item, sealed.ciphertext(), sealed.nonce(), bad, master1));
        }
    }

    @Test
    void theWrongMasterKeyIsRefused() {
        EnvelopeCipher.Sealed sealed = cipher.seal(item, gradientPng(), "vault-master-1", master1);
        VaultIntegrityException e = assertThrows(VaultIntegrityException.class,
                () -> cipher.open(item, sealed.ciphertext(), sealed.nonce(), sealed.key(), master2));
        assertTrue(e.getMessage().contains("wrong master key"), e.getMessage());
    }

    @Test
    void aRewrapKeepsTheContentReadableUnderTheNewMasterKeyOnly() {
        byte[] png = gradientPng();
        EnvelopeCipher.Sealed sealed = cipher.seal(item, png, "vault-master-1", master1);
        EnvelopeCipher.WrappedKey rewrapped = cipher.rewrap(item, sealed.key(), master1, "vault-master-2", master2);

        assertEquals("vault-master-2", rewrapped.masterAlias());
        assertNotEquals(Arrays.toString(sealed.key().wrapped()), Arrays.toString(rewrapped.wrapped()));
        assertArrayEquals(png, cipher.open(item, sealed.ciphertext(), sealed.nonce(), rewrapped, master2));
        assertThrows(VaultIntegrityException.class, () -> cipher.open(item, sealed.ciphertext(), sealed.nonce(), rewrapped, master1));
    }

    @Test
    void aRewrapWithTheWrongOldMasterKeyIsRefused() {
        EnvelopeCipher.Sealed sealed = cipher.seal(item, gradientPng(), "vault-master-1", master1);
        assertThrows(VaultIntegrityException.class, () -> cipher.rewrap(item, sealed.key(), master2, "vault-master-3", key(3)));
    }

    @Test
    void withoutItsWrappedKeyAnItemCannotBeReadWithAnyOtherItemsKey() {
        // destruction deletes the wrapped key: the only way left would be another item's key, which fails
        EnvelopeCipher.Sealed destroyed = cipher.seal(item, gradientPng(), "vault-master-1", master1);
        EnvelopeCipher.Sealed survivor = cipher.seal(UUID.randomUUID(), gradientPng(), "vault-master-1", master1);
        assertThrows(VaultIntegrityException.class,
                () -> cipher.open(item, destroyed.ciphertext(), destroyed.nonce(), survivor.key(), master1));
    }

    @Test
    void aWrappedKeyOfTheWrongLengthIsRefused() throws Exception {
        // correctly wrapped (right master key, right authenticated data) but 16 bytes: not a data key of the vault
        EnvelopeCipher.Sealed sealed = cipher.seal(item, gradientPng(), "vault-master-1", master1);
        byte[] nonce = new byte[EnvelopeCipher.NONCE_BYTES];
        javax.crypto.Cipher gcm = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(javax.crypto.Cipher.ENCRYPT_MODE, master1, new javax.crypto.spec.GCMParameterSpec(128, nonce));
        gcm.updateAAD(EnvelopeCipher.keyAad(item, "vault-master-1"));
        byte[] shortKey = gcm.doFinal(new byte[16]);
        VaultIntegrityException e = assertThrows(VaultIntegrityException.class, () -> cipher.open(item, sealed.ciphertext(),
                sealed.nonce(), new EnvelopeCipher.WrappedKey(shortKey, nonce, "vault-master-1"), master1));
        assertTrue(e.getMessage().contains("16 bytes"), e.getMessage());
    }

    @Test
    void theDigestIsLowerCaseHexSha256() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                EnvelopeCipher.sha256Hex("abc".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void theAuthenticatedDataNamesTheItemAndTheAlias() {
        assertEquals("csar-vault/v1/content/" + item, new String(EnvelopeCipher.contentAad(item), StandardCharsets.UTF_8));
        assertEquals("csar-vault/v1/data-key/" + item + "/a", new String(EnvelopeCipher.keyAad(item, "a"), StandardCharsets.UTF_8));
    }
}

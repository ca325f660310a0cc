package eu.csar.vault.domain;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;

/**
 * The vault's envelope encryption, plain Java (no container), so that every rule is tested alone:
 * <ul>
 * <li>each item gets its own random 256-bit AES data key; the content is encrypted with AES-GCM
 *     (96-bit random nonce, 128-bit tag) and the item id as additional authenticated data, so a
 *     ciphertext copied onto another item's row does not decrypt;</li>
 * <li>the data key is wrapped with AES-GCM by a master key (from the WildFly credential store), with
 *     the item id and the master key's alias as additional authenticated data, so a wrapped key moved
 *     to another item, or relabelled with another alias, is refused;</li>
 * <li>a rotation unwraps with the old master key and wraps again with the new one; the content and
 *     its nonce are not touched.</li>
 * </ul>
 * Any failed tag check (tampered ciphertext, nonce or wrapped key, wrong item, wrong master key) is a
 * {@link VaultIntegrityException}; nothing is returned from a failed decryption.
 */
public final class EnvelopeCipher {

    public static final int NONCE_BYTES = 12;
    public static final int TAG_BITS = 128;
    public static final int DATA_KEY_BYTES = 32;
    private static final String GCM = "AES/GCM/NoPadding";

    private final SecureRandom random;

    public EnvelopeCipher(SecureRandom random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    public EnvelopeCipher() {
        this(new SecureRandom());
    }

    /** Encrypts {@code plaintext} for the item under a fresh data key, and wraps that key under the master key. */
    public Sealed seal(UUID itemId, byte[] plaintext, String masterAlias, SecretKey master) {
        Objects.requireNonNull(plaintext, "plaintext");
        byte[] dataKey = new byte[DATA_KEY_BYTES];
        random.nextBytes(dataKey);
        try {
            byte[] nonce = nonce();
            byte[] ciphertext = gcm(Cipher.ENCRYPT_MODE, new SecretKeySpec(dataKey, "AES"), nonce, contentAad(itemId), plaintext);
            return new Sealed(ciphertext, nonce, wrap(itemId, dataKey, masterAlias, master));
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    /** The plaintext of a sealed item; {@link VaultIntegrityException} if anything does not match. */
    public byte[] open(UUID itemId, byte[] ciphertext, byte[] nonce, WrappedKey key, SecretKey master) {
        byte[] dataKey = unwrap(itemId, key, master);
        try {
            return gcm(Cipher.DECRYPT_MODE, new SecretKeySpec(dataKey, "AES"), nonce, contentAad(itemId), ciphertext);
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    /** The same data key wrapped under another master key version (a rotation); the content stays as it is. */
    public WrappedKey rewrap(UUID itemId, WrappedKey key, SecretKey oldMaster, String newAlias, SecretKey newMaster) {
        byte[] dataKey = unwrap(itemId, key, oldMaster);
        try {
            return wrap(itemId, dataKey, newAlias, newMaster);
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    /**
     * The key check value of a master key: the first 8 bytes of AES of a zero block under it, in
     * lower-case hex (the classic KCV, longer). It names a key without revealing it, so a node can tell
     * whether the key its credential store holds under an alias is the one recorded for that alias.
     */
    public static String checkValue(SecretKey master) {
        Objects.requireNonNull(master, "master");
        try {
            Cipher cipher = Cipher.getInstance("AES/ECB/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, master);
            return HexFormat.of().formatHex(cipher.doFinal(new byte[16]), 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an AES key: " + e.getMessage(), e);
        }
    }

    /** Lower-case hex SHA-256 of the plaintext: the digest a report keeps and a reveal is checked against. */
    public static String sha256Hex(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    static byte[] contentAad(UUID itemId) {
        return ("csar-vault/v1/content/" + itemId).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] keyAad(UUID itemId, String alias) {
        return ("csar-vault/v1/data-key/" + itemId + "/" + alias).getBytes(StandardCharsets.UTF_8);
    }

    WrappedKey wrap(UUID itemId, byte[] dataKey, String alias, SecretKey master) {
        Objects.requireNonNull(alias, "alias");
        byte[] nonce = nonce();
        return new WrappedKey(gcm(Cipher.ENCRYPT_MODE, master, nonce, keyAad(itemId, alias), dataKey), nonce, alias);
    }

    static byte[] unwrap(UUID itemId, WrappedKey key, SecretKey master) {
        byte[] dataKey = gcm(Cipher.DECRYPT_MODE, master, key.nonce(), keyAad(itemId, key.masterAlias()), key.wrapped());
        if (dataKey.length != DATA_KEY_BYTES) {
            throw new VaultIntegrityException("the unwrapped data key of item " + itemId + " has " + dataKey.length + " bytes");
        }
        return dataKey;
    }

    private byte[] nonce() {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        return nonce;
    }

    private static byte[] gcm(int mode, SecretKey key, byte[] nonce, byte[] aad, byte[] input) {
        Objects.requireNonNull(key, "key");
        if (nonce == null || nonce.length != NONCE_BYTES) {
            throw new VaultIntegrityException("a nonce must have " + NONCE_BYTES + " bytes");
        }
        try {
            Cipher cipher = Cipher.getInstance(GCM);
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad);
            return cipher.doFinal(input);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new VaultIntegrityException("authentication failed: tampered data, another item's data or the wrong master key");
        } catch (GeneralSecurityException e) {
            throw new VaultIntegrityException("AES-GCM refused the input: " + e.getMessage());
        }
    }

    /** The encrypted content with its nonce and its wrapped data key. */
    public record Sealed(byte[] ciphertext, byte[] nonce, WrappedKey key) {
    }

    /** A data key wrapped under the master key version {@code masterAlias}. */
    public record WrappedKey(byte[] wrapped, byte[] nonce, String masterAlias) {
    }
}

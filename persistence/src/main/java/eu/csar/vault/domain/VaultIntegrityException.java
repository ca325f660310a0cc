package eu.csar.vault.domain;

/**
 * Decryption refused: a ciphertext, nonce or wrapped key that was changed, taken from another item,
 * or a master key that is not the one the data key was wrapped under. Never a caller's mistake: the
 * stored data or the server's key material is wrong, and nothing is revealed.
 */
public class VaultIntegrityException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public VaultIntegrityException(String message) {
        super(message);
    }
}

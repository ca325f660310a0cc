package eu.csar.vault.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * What storing an item answers: its id and the SHA-256 of the plaintext (lower-case hex), by which
 * the owner (a report) refers to it and later checks that what it reveals is what was stored, and the
 * plaintext's MD5 (lower-case hex), computed on the same pass.
 */
public record VaultReceipt(VaultItemId id, String sha256, long size, String mediaType, Instant storedAt, String md5)
        implements Serializable {

    public VaultReceipt {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sha256, "sha256");
    }
}

package eu.csar.vault.api;

/**
 * The plaintext of an item, handed out by an audited reveal only. Not {@code Serializable} on
 * purpose: it is never kept in a session or a view; the caller streams it and forgets it.
 */
public record RevealedContent(VaultItemId id, byte[] content, String mediaType, String sha256) {
}

package eu.csar.vault.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The vault's rows keep what they are given, and a rewrap replaces the whole wrapping, alias included. */
class VaultRowsTest {

    private final UUID id = UUID.randomUUID();
    private final Instant at = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void anItemKeepsItsCiphertextNonceAndMetadata() {
        EnvelopeCipher.WrappedKey key = new EnvelopeCipher.WrappedKey(new byte[] {1}, new byte[] {2}, "m1");
        EnvelopeCipher.Sealed sealed = new EnvelopeCipher.Sealed(new byte[] {9, 8}, new byte[] {7}, key);
        VaultItem item = new VaultItem(id, sealed, "ab", "image/png", 2, "reports", "r-1", null, at, "admin");

        assertEquals(id, item.id());
        assertArrayEquals(new byte[] {9, 8}, item.ciphertext());
        assertArrayEquals(new byte[] {7}, item.nonce());
        assertEquals("ab", item.sha256());
        assertEquals("image/png", item.mediaType());
        assertEquals(2, item.size());
        assertEquals("reports", item.ownerContext());
        assertEquals("r-1", item.ownerReference());
        assertEquals(at, item.storedAt());
    }

    @Test
    void aRewrapReplacesTheWrappedKeyItsNonceAndItsAlias() {
        WrappedDataKey row = new WrappedDataKey(id, new EnvelopeCipher.WrappedKey(new byte[] {1}, new byte[] {2}, "m1"), at);
        assertEquals(id, row.itemId());
        assertEquals("m1", row.masterAlias());
        assertArrayEquals(new byte[] {1}, row.key().wrapped());

        row.rewrap(new EnvelopeCipher.WrappedKey(new byte[] {3}, new byte[] {4}, "m2"), at.plusSeconds(1));

        assertEquals("m2", row.masterAlias());
        assertEquals("m2", row.key().masterAlias());
        assertArrayEquals(new byte[] {3}, row.key().wrapped());
        assertArrayEquals(new byte[] {4}, row.key().nonce());
    }

    @Test
    void aTombstoneAndAMasterKeyVersionKeepWhatTheyAreGiven() {
        VaultTombstone tombstone = new VaultTombstone(id, at, "admin", "retention ended", "m1");
        assertEquals(at, tombstone.destroyedAt());
        assertEquals("retention ended", tombstone.reason());
        assertEquals("m1", tombstone.masterAlias());
        MasterKeyVersion version = new MasterKeyVersion("m2", at, "admin", null);
        assertEquals("m2", version.alias());
        assertTrue(version.checkValue().isEmpty());
        version.recordCheckValue("0123456789abcdef");
        assertEquals("0123456789abcdef", version.checkValue().orElseThrow());
        assertThrows(IllegalStateException.class, () -> version.recordCheckValue("fedcba9876543210"), "a recorded check value never changes");
    }

    @Test
    void theAuditActionsNameTheirObjectTypes() {
        assertEquals("VaultItem", VaultAction.VAULT_ITEM_REVEALED.objectType());
        assertEquals("VaultItem", VaultAction.VAULT_ITEM_DESTROYED.objectType());
        assertEquals("VaultItem", VaultAction.VAULT_ITEM_STORED.objectType());
        assertEquals("VaultMasterKey", VaultAction.VAULT_MASTER_KEY_ROTATED.objectType());
        VaultIntegrityException e = new VaultIntegrityException("x");
        assertSame("x", e.getMessage());
    }
}

package eu.csar.vault.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * An item's metadata, never its content: what a screen may show without revealing anything (the
 * content itself only comes from an audited reveal). {@code destroyedAt} is set once the item's data
 * key was destroyed; {@code masterKeyAlias} names the master key version its data key is wrapped
 * under (for a destroyed item: the one it was wrapped under when it was destroyed).
 */
public record VaultItemView(VaultItemId id, String sha256, long size, String mediaType, String ownerContext,
                            String ownerReference, Instant storedAt, String masterKeyAlias, Instant destroyedAt,
                            String destructionReason) implements Serializable {

    public boolean destroyed() {
        return destroyedAt != null;
    }
}

package eu.csar.vault.domain;

import eu.csar.audit.api.AuditAction;

/** What the evidence vault records on the audit trail: every access to content data, and the key management. */
public enum VaultAction implements AuditAction {
    /** Content was encrypted into the vault (by a provider's intake, the platform or a centre admin). */
    VAULT_ITEM_STORED("VaultItem"),
    /** The plaintext of an item was handed out, with the purpose; refused reveals too. */
    VAULT_ITEM_REVEALED("VaultItem"),
    /** An item's data key was destroyed, so its content is unreadable everywhere; the reason is in its tombstone. */
    VAULT_ITEM_DESTROYED("VaultItem"),
    /** Every live data key was wrapped again under a new master key version (the object is the new alias). */
    VAULT_MASTER_KEY_ROTATED("VaultMasterKey");

    private final String objectType;

    VaultAction(String objectType) {
        this.objectType = objectType;
    }

    @Override
    public String objectType() {
        return objectType;
    }
}

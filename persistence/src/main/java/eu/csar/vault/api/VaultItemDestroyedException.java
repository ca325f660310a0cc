package eu.csar.vault.api;

import eu.csar.shared.domain.RuleViolationException;
import jakarta.ejb.ApplicationException;

import java.time.Instant;

/**
 * The item exists but its data key was destroyed: its content can no longer be read by anyone. A
 * rule of the item's state (HTTP 409), distinct from an unknown id (404).
 */
@ApplicationException(rollback = true)
public class VaultItemDestroyedException extends RuleViolationException {

    private static final long serialVersionUID = 1L;

    public VaultItemDestroyedException(VaultItemId id, Instant destroyedAt) {
        super(Code.NOT_PERMITTED_IN_STATE, null,
                "Evidence item " + id + " was destroyed at " + destroyedAt + "; its content can no longer be read");
    }
}

package eu.csar.vault.application;

import eu.csar.audit.application.AuditRecorder;
import eu.csar.security.api.Roles;
import eu.csar.vault.domain.EnvelopeCipher;
import eu.csar.vault.domain.MasterKeyRing;
import eu.csar.vault.domain.VaultAction;
import eu.csar.vault.domain.VaultRepository;
import eu.csar.vault.domain.WrappedDataKey;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import javax.crypto.SecretKey;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The steps of a master key rotation, each in a transaction of its own so that a rotation of many
 * keys neither holds one long transaction nor loses its progress: a rotation stopped half-way is
 * resumed by asking for it again. Only {@link EvidenceVault#rotateMasterKey} calls it.
 */
@Stateless
public class MasterKeyRotation {

    @Inject
    VaultRepository vault;

    @Inject
    MasterKeyRing masterKeys;

    @Inject
    AuditRecorder audit;

    @Inject
    Clock clock;

    private final EnvelopeCipher cipher = new EnvelopeCipher();

    /** Makes {@code alias} the master key version new items are wrapped under, on every node, recorded with its key's check value. */
    @RolesAllowed({Roles.CENTRE_ADMIN})
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void activate(String alias, String checkValue) {
        vault.activate(alias, checkValue, clock.instant(), audit.actorName());
    }

    /** Wraps up to {@code size} data keys not yet under {@code alias} again under it; how many it rewrapped (0: done). */
    @RolesAllowed({Roles.CENTRE_ADMIN})
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int rewrapBatch(String alias, SecretKey newMaster, int size) {
        List<WrappedDataKey> keys = vault.keysNotUnder(alias, size);
        Map<String, SecretKey> old = new HashMap<>();
        Instant now = clock.instant();
        for (WrappedDataKey key : keys) {
            SecretKey oldMaster = old.computeIfAbsent(key.masterAlias(), a -> masterKeys.key(a).orElseThrow(() -> new IllegalStateException(
                    "Master key " + a + " is no longer in the credential store, but data keys are still wrapped under it: "
                            + "put it back until the rotation has finished")));
            key.rewrap(cipher.rewrap(key.itemId(), key.key(), oldMaster, alias, newMaster), now);
        }
        return keys.size();
    }

    /** The audit entry of a completed rotation. */
    @RolesAllowed({Roles.CENTRE_ADMIN})
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finish(String alias) {
        audit.success(VaultAction.VAULT_MASTER_KEY_ROTATED, alias, EvidenceVault.ROTATION_PURPOSE);
    }
}

package eu.csar.vault.application;

import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import eu.csar.shared.api.PublishedService;
import eu.csar.shared.domain.ProviderId;
import eu.csar.shared.domain.RuleViolationException;
import eu.csar.shared.domain.UnknownObjectException;
import eu.csar.vault.api.RevealPurpose;
import eu.csar.vault.api.RevealedContent;
import eu.csar.vault.api.RotationReport;
import eu.csar.vault.api.VaultItemDestroyedException;
import eu.csar.vault.api.VaultItemId;
import eu.csar.vault.api.VaultItemView;
import eu.csar.vault.api.VaultReceipt;
import eu.csar.vault.domain.EnvelopeCipher;
import eu.csar.vault.domain.MasterKeyRing;
import eu.csar.vault.domain.MasterKeyVersion;
import eu.csar.vault.domain.VaultAction;
import eu.csar.vault.domain.VaultIntegrityException;
import eu.csar.vault.domain.VaultItem;
import eu.csar.vault.domain.VaultRepository;
import eu.csar.vault.domain.VaultTombstone;
import eu.csar.vault.domain.WrappedDataKey;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import javax.crypto.SecretKey;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The evidence vault, published to every context that attaches content data (reports): content is
 * encrypted at rest under a data key of its own, wrapped by the current master key of the WildFly
 * credential store (docs/vault.md). Each operation is audited through the one door:
 * <ul>
 * <li>{@link #store}: providers (their report intake), the platform and centre admins; answers the id
 *     and the SHA-256 of the plaintext;</li>
 * <li>{@link #reveal}: centre reviewers only, naming a {@link RevealPurpose} that the audit entry
 *     carries; a destroyed item is a {@link VaultItemDestroyedException}, an unknown one 404;</li>
 * <li>{@link #destroy}: centre admins and the platform (retention); deletes the wrapped data key and
 *     writes a tombstone with the reason;</li>
 * <li>{@link #rotateMasterKey}: centre admins; every live data key is wrapped again under the new
 *     master key version, in batches; afterwards the old alias can be removed from the store.</li>
 * </ul>
 * Nothing here renders content: screens show {@link VaultItemView} metadata, and the plaintext leaves
 * only through an audited reveal.
 */
@Stateless
@PublishedService
public class EvidenceVault {

    /** The master key version used before any rotation (the demo key configure-89-vault.cli generates). */
    static final String INITIAL_ALIAS_PROPERTY = "csar.vault.master-key.initial-alias";
    static final String INITIAL_ALIAS = "vault-master-1";
    static final String STORE_PURPOSE = "evidence storage";
    static final String DESTROY_PURPOSE = "evidence destruction";
    static final String ROTATION_PURPOSE = "master key rotation";
    static final int ROTATION_BATCH = 200;
    /** Content up to 64 MiB per item: evidence files, not archives. */
    public static final int MAX_BYTES = 64 * 1024 * 1024;
    static final String MEDIA_TYPE = "[a-z0-9][a-z0-9!#$&^_.+-]{0,62}/[a-z0-9][a-z0-9!#$&^_.+-]{0,62}";
    static final String ALIAS = "[a-z0-9][a-z0-9._-]{0,99}";

    @Inject
    VaultRepository vault;

    @Inject
    MasterKeyRing masterKeys;

    @Inject
    MasterKeyRotation rotation;

    @Inject
    AuditRecorder audit;

    @Inject
    Caller caller;

    /** Says whether the caller runs as {@code system} (a run-as identity, which {@link Caller} does not see). */
    @Resource
    SessionContext context;

    @Inject
    java.time.Clock clock;

    private final EnvelopeCipher cipher = new EnvelopeCipher();

    /** Encrypts the content into the vault for its owner ({@code reports} + the report's id, say). */
    @RolesAllowed({Roles.PROVIDER, Roles.SYSTEM, Roles.CENTRE_ADMIN})
    public VaultReceipt store(@NotNull @Size(max = MAX_BYTES) byte[] content,
                              @NotNull @Pattern(regexp = MEDIA_TYPE) String mediaType,
                              @NotNull @Pattern(regexp = "[a-z]{2,40}") String ownerContext,
                              @NotBlank @Size(max = 200) String ownerReference) {
        CurrentKey current = currentKey();
        String alias = current.alias();
        SecretKey master = current.key();
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        EnvelopeCipher.Sealed sealed = cipher.seal(id, content, alias, master);
        String sha256 = EnvelopeCipher.sha256Hex(content);
        vault.add(new VaultItem(id, sealed, sha256, mediaType, content.length, ownerContext, ownerReference,
                        caller.providerId().map(ProviderId::value).orElse(null), now, audit.actorName()),
                new WrappedDataKey(id, sealed.key(), now));
        audit.success(VaultAction.VAULT_ITEM_STORED, id, STORE_PURPOSE);
        return new VaultReceipt(new VaultItemId(id), sha256, content.length, mediaType, now);
    }

    /**
     * The plaintext of an item, for a centre reviewer who says why, or for the platform's detection job
     * ({@link RevealPurpose#AUTOMATED_DETECTION}, role {@code system}, and only that purpose); the audit
     * entry carries the purpose.
     * The content is checked against its stored digest before it is handed out.
     */
    @RolesAllowed({Roles.CENTRE_REVIEWER, Roles.SYSTEM})
    public RevealedContent reveal(@NotNull VaultItemId id, @NotNull RevealPurpose purpose) {
        if ((purpose == RevealPurpose.AUTOMATED_DETECTION) != context.isCallerInRole(Roles.SYSTEM)) {
            // automated detection is the platform's own purpose, and the platform has no other
            audit.refusal(VaultAction.VAULT_ITEM_REVEALED, id, purpose.auditText(), AuditOutcome.REFUSED);
            throw RuleViolationException.invalid("purpose",
                    "purpose " + purpose.code() + " is not open to this caller");
        }
        VaultItem item = vault.item(id.value()).orElseThrow(() -> unknown(VaultAction.VAULT_ITEM_REVEALED, id, purpose.auditText()));
        WrappedDataKey key = liveKey(VaultAction.VAULT_ITEM_REVEALED, id, purpose.auditText());
        SecretKey master = masterKeys.key(key.masterAlias()).orElseThrow(() -> {
            audit.refusal(VaultAction.VAULT_ITEM_REVEALED, id, purpose.auditText(), AuditOutcome.REFUSED);
            return missingMasterKey(key.masterAlias());
        });
        byte[] content;
        try {
            content = cipher.open(item.id(), item.ciphertext(), item.nonce(), key.key(), master);
        } catch (VaultIntegrityException e) {
            audit.refusal(VaultAction.VAULT_ITEM_REVEALED, id, purpose.auditText(), AuditOutcome.REFUSED);
            throw e;
        }
        if (!EnvelopeCipher.sha256Hex(content).equals(item.sha256())) {
            audit.refusal(VaultAction.VAULT_ITEM_REVEALED, id, purpose.auditText(), AuditOutcome.REFUSED);
            throw new VaultIntegrityException("item " + id + " decrypted to content that does not match its digest");
        }
        audit.success(VaultAction.VAULT_ITEM_REVEALED, id, purpose.auditText());
        return new RevealedContent(id, content, item.mediaType(), item.sha256());
    }

    /**
     * Destroys an item: its wrapped data key is deleted, so its content is unreadable on every node, and
     * a tombstone keeps when, by whom and why. A second destroy of the same item is refused (409).
     */
    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.SYSTEM})
    public VaultItemView destroy(@NotNull VaultItemId id, @NotBlank @Size(max = 500) String reason) {
        VaultItem item = vault.item(id.value()).orElseThrow(() -> unknown(VaultAction.VAULT_ITEM_DESTROYED, id, DESTROY_PURPOSE));
        WrappedDataKey key = liveKey(VaultAction.VAULT_ITEM_DESTROYED, id, DESTROY_PURPOSE);
        VaultTombstone tombstone = new VaultTombstone(item.id(), clock.instant(), audit.actorName(), reason.strip(), key.masterAlias());
        vault.destroy(key, tombstone);
        audit.success(VaultAction.VAULT_ITEM_DESTROYED, id, DESTROY_PURPOSE);
        return view(item, key.masterAlias(), tombstone);
    }

    /**
     * Makes {@code newAlias} (a secret key already in the credential store) the current master key
     * version and wraps every live data key again under it, {@value #ROTATION_BATCH} per transaction.
     * Asking again for the same alias resumes a rotation that stopped; the answer counts this call's rewraps.
     */
    @RolesAllowed({Roles.CENTRE_ADMIN})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public RotationReport rotateMasterKey(@NotNull @Pattern(regexp = ALIAS) String newAlias) {
        SecretKey newMaster = masterKeys.key(newAlias).orElse(null);
        if (newMaster == null) {
            audit.refusal(VaultAction.VAULT_MASTER_KEY_ROTATED, newAlias, ROTATION_PURPOSE, AuditOutcome.REFUSED);
            throw RuleViolationException.invalid("alias",
                    "The vault's credential store has no secret key under alias " + newAlias + ": generate it there first");
        }
        String checkValue = EnvelopeCipher.checkValue(newMaster);
        Optional<String> recorded = vault.masterKeys().stream().filter(v -> v.alias().equals(newAlias)).findFirst()
                .flatMap(MasterKeyVersion::checkValue);
        if (recorded.filter(value -> !value.equals(checkValue)).isPresent()) {
            // resuming a rotation with another key under the same alias would wrap items under two keys
            audit.refusal(VaultAction.VAULT_MASTER_KEY_ROTATED, newAlias, ROTATION_PURPOSE, AuditOutcome.REFUSED);
            throw RuleViolationException.invalid("alias", "The credential store holds another key under "
                    + newAlias + " than the one the vault recorded for it (check value " + checkValue + " instead of " + recorded.get() + ")");
        }
        rotation.activate(newAlias, checkValue);
        long rewrapped = 0;
        for (int batch = rotation.rewrapBatch(newAlias, newMaster, ROTATION_BATCH); batch > 0;
             batch = rotation.rewrapBatch(newAlias, newMaster, ROTATION_BATCH)) {
            rewrapped += batch;
        }
        rotation.finish(newAlias);
        return new RotationReport(newAlias, rewrapped);
    }

    /**
     * The current master key version and its key; before the first rotation, the configured initial
     * one, recorded with its check value on first use. A key whose check value is not the recorded one
     * wraps nothing: the items would be readable only with this node's credential store.
     */
    private CurrentKey currentKey() {
        Optional<MasterKeyVersion> current = vault.currentMasterKey();
        String alias = current.map(MasterKeyVersion::alias).orElseGet(() -> System.getProperty(INITIAL_ALIAS_PROPERTY, INITIAL_ALIAS));
        SecretKey master = masterKeys.key(alias).orElseThrow(() -> missingMasterKey(alias));
        String checkValue = EnvelopeCipher.checkValue(master);
        if (current.isEmpty()) {
            vault.activate(alias, checkValue, clock.instant(), audit.actorName());
        } else if (current.get().checkValue().filter(recorded -> !recorded.equals(checkValue)).isPresent()) {
            throw new IllegalStateException("Master key " + alias + " in this node's credential store is not the key the vault recorded "
                    + "(check value " + checkValue + " instead of " + current.get().checkValue().get() + "): nothing is stored (docs/vault.md)");
        }
        return new CurrentKey(alias, master);
    }

    private record CurrentKey(String alias, SecretKey key) {
    }

    private WrappedDataKey liveKey(VaultAction action, VaultItemId id, String purpose) {
        Optional<WrappedDataKey> key = vault.key(id.value());
        if (key.isPresent()) {
            return key.get();
        }
        audit.refusal(action, id, purpose, AuditOutcome.REFUSED);
        throw new VaultItemDestroyedException(id, vault.tombstone(id.value()).map(VaultTombstone::destroyedAt).orElse(null));
    }

    private UnknownObjectException unknown(VaultAction action, VaultItemId id, String purpose) {
        audit.refusal(action, id, purpose, AuditOutcome.NOT_FOUND);
        return new UnknownObjectException("VaultItem", id);
    }

    private static IllegalStateException missingMasterKey(String alias) {
        return new IllegalStateException("Master key " + alias + " is not in the vault's credential store (configure-89-vault.cli, docs/vault.md)");
    }

    private static VaultItemView view(VaultItem item, String alias, VaultTombstone tombstone) {
        return new VaultItemView(new VaultItemId(item.id()), item.sha256(), item.size(), item.mediaType(), item.ownerContext(),
                item.ownerReference(), item.storedAt(), alias, tombstone == null ? null : tombstone.destroyedAt(),
                tombstone == null ? null : tombstone.reason());
    }
}

package eu.csar.vault.application;

import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import eu.csar.shared.api.PublishedService;
import eu.csar.shared.domain.ProviderId;
import eu.csar.shared.domain.RuleViolationException;
import eu.csar.shared.domain.UnknownObjectException;
import eu.csar.vault.api.ContentTooLargeException;
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
import eu.csar.vault.domain.SegmentedCipher;
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
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import javax.crypto.SecretKey;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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
    /** Content handed over whole (a byte array) is at most 64 MiB; a stream has the limit its owner gives. */
    public static final int MAX_BYTES = 64 * 1024 * 1024;
    /** The most an in-memory reveal gives (the desk's images, PDQ); larger items are read as a stream. */
    public static final int IN_MEMORY_BYTES = MAX_BYTES;
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

    private final SegmentedCipher segments = new SegmentedCipher();

    /** Encrypts the content into the vault for its owner ({@code reports} + the report's id, say). */
    @RolesAllowed({Roles.PROVIDER, Roles.SYSTEM, Roles.CENTRE_ADMIN})
    public VaultReceipt store(@NotNull @Size(max = MAX_BYTES) byte[] content,
                              @NotNull @Pattern(regexp = MEDIA_TYPE) String mediaType,
                              @NotNull @Pattern(regexp = "[a-z]{2,40}") String ownerContext,
                              @NotBlank @Size(max = 200) String ownerReference) {
        return sealed(new ByteArrayInputStream(content), MAX_BYTES, mediaType, ownerContext, ownerReference);
    }

    /**
     * Encrypts content read as a stream, segment by segment ({@link SegmentedCipher}): the server never
     * holds more than two segments of it. More than {@code maxBytes} is a {@link ContentTooLargeException};
     * a body that cannot be read to its end (the client went away) a 400 naming {@code content}. Either
     * way the transaction rolls back: no segment and no item stays behind.
     */
    @RolesAllowed({Roles.PROVIDER, Roles.SYSTEM, Roles.CENTRE_ADMIN})
    public VaultReceipt store(@NotNull InputStream content, @Positive long maxBytes,
                              @NotNull @Pattern(regexp = MEDIA_TYPE) String mediaType,
                              @NotNull @Pattern(regexp = "[a-z]{2,40}") String ownerContext,
                              @NotBlank @Size(max = 200) String ownerReference) {
        return sealed(content, maxBytes, mediaType, ownerContext, ownerReference);
    }

    private VaultReceipt sealed(InputStream content, long maxBytes, String mediaType, String ownerContext, String ownerReference) {
        CurrentKey current = currentKey();
        UUID id = UUID.randomUUID();
        SegmentedCipher.Sealed sealed;
        try {
            sealed = segments.seal(id, content, maxBytes, (number, ciphertext) -> vault.addSegment(id, number, ciphertext),
                    current.alias(), current.key());
        } catch (SegmentedCipher.TooLarge e) {
            throw new ContentTooLargeException(e.maxBytes());
        } catch (IOException e) {
            throw RuleViolationException.invalid("content", "The content could not be read to its end: " + e.getMessage());
        }
        Instant now = clock.instant();
        vault.add(new VaultItem(id, sealed, mediaType, ownerContext, ownerReference,
                        caller.providerId().map(ProviderId::value).orElse(null), now, audit.actorName()),
                new WrappedDataKey(id, sealed.key(), now));
        audit.success(VaultAction.VAULT_ITEM_STORED, id, STORE_PURPOSE);
        return new VaultReceipt(new VaultItemId(id), sealed.sha256(), sealed.size(), mediaType, now, sealed.md5());
    }

    /**
     * The plaintext of an item, for a centre reviewer who says why, or for the platform's detection job
     * ({@link RevealPurpose#AUTOMATED_DETECTION}, role {@code system}, and only that purpose); the audit
     * entry carries the purpose. In memory, so for items up to {@value #IN_MEMORY_BYTES} bytes (images
     * for the desk and for PDQ); a larger one is refused (400 naming {@code id}) and read with
     * {@link #reveal(VaultItemId, RevealPurpose, OutputStream)}.
     * The content is checked against its stored digest before it is handed out.
     */
    @RolesAllowed({Roles.CENTRE_REVIEWER, Roles.SYSTEM})
    public RevealedContent reveal(@NotNull VaultItemId id, @NotNull RevealPurpose purpose) {
        Openable item = openable(id, purpose);
        if (item.item().size() > IN_MEMORY_BYTES) {
            audit.refusal(VaultAction.VAULT_ITEM_REVEALED, id, purpose.auditText(), AuditOutcome.REFUSED);
            throw RuleViolationException.invalid("id", "Item " + id + " has " + item.item().size()
                    + " bytes: more than is revealed in memory; read it as a stream (GET /api/v1/vault/items/{id})");
        }
        ByteArrayOutputStream content = new ByteArrayOutputStream((int) item.item().size());
        String sha256 = decrypt(item, purpose, content);
        if (!sha256.equals(item.item().sha256())) {
            throw mismatch(id, purpose);
        }
        audit.success(VaultAction.VAULT_ITEM_REVEALED, id, purpose.auditText());
        return new RevealedContent(id, content.toByteArray(), item.item().mediaType(), item.item().sha256());
    }

    /**
     * What a reveal of the item would give (type, size, digest), checked as the reveal checks it and
     * with its refusals audited, but nothing of the content: the REST reveal names these in its
     * headers before it streams the content with {@link #reveal(VaultItemId, RevealPurpose, OutputStream)}.
     */
    @RolesAllowed({Roles.CENTRE_REVIEWER, Roles.SYSTEM})
    public VaultItemView revealable(@NotNull VaultItemId id, @NotNull RevealPurpose purpose) {
        Openable item = openable(id, purpose);
        return view(item.item(), item.key().masterAlias(), null);
    }

    /**
     * Streams the plaintext of an item into {@code out}, decrypted segment by segment (each released
     * only after its tag check), for a centre reviewer who says why; audited as a reveal with its purpose
     * when it begins. A reader that goes away ends it (the reveal stays on the trail); content that
     * fails a check or its stored digest ends it as a refusal (the bytes already sent were each
     * authenticated, but the whole was not what was stored).
     */
    @RolesAllowed({Roles.CENTRE_REVIEWER, Roles.SYSTEM})
    public void reveal(@NotNull VaultItemId id, @NotNull RevealPurpose purpose, @NotNull OutputStream out) {
        Openable item = openable(id, purpose);
        audit.success(VaultAction.VAULT_ITEM_REVEALED, id, purpose.auditText());
        ReaderGone gone = new ReaderGone(out);
        String sha256 = decrypt(item, purpose, gone);
        if (!gone.gone && !sha256.equals(item.item().sha256())) {
            throw mismatch(id, purpose);
        }
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

    /** The checks every reveal makes, in order, each refusal audited: purpose, item, live key, master key. */
    private Openable openable(VaultItemId id, RevealPurpose purpose) {
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
        return new Openable(item, key, master);
    }

    private record Openable(VaultItem item, WrappedDataKey key, SecretKey master) {
    }

    /**
     * The one way content is decrypted: segment by segment into {@code out}; an item stored before V57
     * (one ciphertext in its row, at most {@value #MAX_BYTES} bytes) in one piece. Answers the SHA-256 of
     * what was written.
     */
    private String decrypt(Openable openable, RevealPurpose purpose, OutputStream out) {
        VaultItem item = openable.item();
        try {
            if (item.segmented()) {
                return segments.open(item.id(), number -> vault.segment(item.id(), number), openable.key().key(), openable.master(), out);
            }
            byte[] content = cipher.open(item.id(), item.ciphertext(), item.nonce(), openable.key().key(), openable.master());
            out.write(content);
            return EnvelopeCipher.sha256Hex(content);
        } catch (VaultIntegrityException e) {
            audit.refusal(VaultAction.VAULT_ITEM_REVEALED, new VaultItemId(item.id()), purpose.auditText(), AuditOutcome.REFUSED);
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // only ReaderGone writes to a socket, and it throws none
        }
    }

    private VaultIntegrityException mismatch(VaultItemId id, RevealPurpose purpose) {
        audit.refusal(VaultAction.VAULT_ITEM_REVEALED, id, purpose.auditText(), AuditOutcome.REFUSED);
        return new VaultIntegrityException("item " + id + " decrypted to content that does not match its digest");
    }

    /** A reader's stream whose end (the client went away) stops the writing quietly: the rest is not sent. */
    private static final class ReaderGone extends FilterOutputStream {

        private boolean gone;

        ReaderGone(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (gone) {
                return;
            }
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                gone = true;
            }
        }
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

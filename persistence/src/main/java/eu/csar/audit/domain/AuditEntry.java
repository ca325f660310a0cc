package eu.csar.audit.domain;

import eu.csar.audit.api.AuditOutcome;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;

/**
 * One sealed entry of the audit trail. Its hash covers every field and the previous entry's hash,
 * so changing any stored value, or removing or inserting an entry, breaks the chain from there on.
 */
@Entity
@Table(name = "audit_entries")
public class AuditEntry {

    public static final String GENESIS_HASH = "0".repeat(64);

    @Id
    private long seq;

    @Column(nullable = false, unique = true)
    private UUID id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    private String actor;
    private String roles;
    @Column(name = "member_states")
    private String memberStates;
    @Column(name = "provider_id")
    private UUID providerId;
    private String action;
    @Column(name = "object_type")
    private String objectType;
    @Column(name = "object_id")
    private String objectId;
    private String purpose;
    @Enumerated(EnumType.STRING)
    private AuditOutcome outcome;
    @Column(name = "prev_hash")
    private String prevHash;
    @Column(name = "entry_hash")
    private String entryHash;

    protected AuditEntry() {
    }

    /** Seals a record as entry {@code seq}, chained to {@code prevHash}. Time is kept to the microsecond, as PostgreSQL stores it. */
    public static AuditEntry seal(long seq, AuditRecord record, Instant at, String prevHash) {
        return seal(seq, UUID.randomUUID(), record, at, prevHash);
    }

    /** As {@link #seal(long, AuditRecord, Instant, String)} with a given id (tests need reproducible entries). */
    static AuditEntry seal(long seq, UUID id, AuditRecord record, Instant at, String prevHash) {
        AuditEntry entry = new AuditEntry();
        entry.seq = seq;
        entry.id = id;
        entry.occurredAt = at.truncatedTo(ChronoUnit.MICROS);
        entry.actor = cap(record.actor(), 200);
        entry.roles = cap(record.roles(), 500);
        entry.memberStates = cap(record.memberStates(), 100);
        entry.providerId = record.providerId();
        entry.action = cap(record.action(), 100);
        entry.objectType = cap(record.objectType(), 100);
        entry.objectId = cap(record.objectId(), 100);
        entry.purpose = cap(record.purpose(), 500);
        entry.outcome = record.outcome();
        entry.prevHash = prevHash;
        entry.entryHash = entry.computeHash();
        return entry;
    }

    /**
     * Recomputes the hash from the stored fields; differs from {@link #entryHash()} if anything was
     * altered. The input is every field in a fixed order, each written as its length, a colon, the
     * value and a bar ({@code 5:admin|}), so that no two different entries share an input by moving
     * characters from one field to the next; null is written as the empty value.
     */
    public String computeHash() {
        StringBuilder canonical = new StringBuilder(256);
        for (Object field : new Object[]{seq, id, occurredAt, actor, roles, memberStates, providerId, action,
                objectType, objectId, purpose, outcome, prevHash}) {
            String value = field == null ? "" : field.toString();
            canonical.append(value.length()).append(':').append(value).append('|');
        }
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    private static String cap(String value, int max) {
        String v = value == null ? "" : value;
        return v.length() <= max ? v : v.substring(0, max);
    }

    public long seq() {
        return seq;
    }

    public UUID id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String roles() {
        return roles;
    }

    public String memberStates() {
        return memberStates;
    }

    public UUID providerId() {
        return providerId;
    }

    public String action() {
        return action;
    }

    public String objectType() {
        return objectType;
    }

    public String objectId() {
        return objectId;
    }

    public String purpose() {
        return purpose;
    }

    public AuditOutcome outcome() {
        return outcome;
    }

    public String prevHash() {
        return prevHash;
    }

    public String entryHash() {
        return entryHash;
    }
}

package eu.csar.indicators.domain;

import eu.csar.indicators.api.GrantAccess;
import eu.csar.indicators.api.GrantBasis;
import eu.csar.indicators.api.GrantId;
import eu.csar.indicators.api.IndicatorSetId;
import eu.csar.shared.domain.ProviderId;
import eu.csar.shared.domain.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Access under orders (Art 46): a provider may use one indicator set for a period, on a legal basis
 * (a detection order, with its reference, or voluntary detection), for a purpose, either by matching
 * through the API or also by downloading it. A grant is live from {@code validFrom} (inclusive) to
 * {@code validUntil} (exclusive) unless revoked: its end needs no sweep, the platform clock decides.
 */
@Entity
@Table(name = "indicator_grants")
public class IndicatorGrant {

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(name = "provider_id", nullable = false, updatable = false)
    private UUID providerId;

    @Column(name = "set_id", nullable = false, updatable = false)
    private UUID setId;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private Instant validFrom;

    @Column(name = "valid_until", nullable = false, updatable = false)
    private Instant validUntil;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_basis", nullable = false, updatable = false, length = 32)
    private GrantBasis legalBasis;

    @Column(name = "order_reference", updatable = false, length = 200)
    private String orderReference;

    @Column(name = "purpose", nullable = false, updatable = false, length = 500)
    private String purpose;

    @Enumerated(EnumType.STRING)
    @Column(name = "access", nullable = false, updatable = false, length = 16)
    private GrantAccess access;

    @Column(name = "created_by", nullable = false, updatable = false, length = 200)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_reason", length = 500)
    private String revokedReason;

    protected IndicatorGrant() {
    }

    /**
     * A new grant; refuses an empty or inverted period and a detection order without its reference.
     */
    public IndicatorGrant(ProviderId provider, IndicatorSetId set, Instant from, Instant until, GrantBasis basis,
                          String orderReference, String purpose, GrantAccess access, String createdBy, Instant now) {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(access, "access");
        if (from == null || until == null || !until.isAfter(from)) {
            throw RuleViolationException.invalid("validUntil",
                    "The grant must end after it starts");
        }
        String reference = orderReference == null || orderReference.isBlank() ? null : orderReference.strip();
        if (basis == GrantBasis.DETECTION_ORDER && reference == null) {
            throw RuleViolationException.invalid("orderReference",
                    "A grant under a detection order needs the order's reference");
        }
        if (purpose == null || purpose.isBlank()) {
            throw RuleViolationException.invalid("purpose", "Say what the grant is for");
        }
        this.id = UUID.randomUUID();
        this.providerId = provider.value();
        this.setId = set.value();
        this.validFrom = from.truncatedTo(ChronoUnit.MICROS);
        this.validUntil = until.truncatedTo(ChronoUnit.MICROS);
        this.legalBasis = basis;
        this.orderReference = reference;
        this.purpose = purpose.strip();
        this.access = access;
        this.createdBy = createdBy;
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    /** Live at {@code now}: started, not ended, not revoked. */
    public boolean liveAt(Instant now) {
        return revokedAt == null && !now.isBefore(validFrom) && now.isBefore(validUntil);
    }

    /** Ends the grant now; a grant already revoked is refused (409). */
    public void revoke(Instant now, String reason) {
        if (revokedAt != null) {
            throw new RuleViolationException(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, null,
                    "The grant was already revoked");
        }
        this.revokedAt = now.truncatedTo(ChronoUnit.MICROS);
        this.revokedReason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    public GrantId id() {
        return new GrantId(id);
    }

    public ProviderId providerId() {
        return new ProviderId(providerId);
    }

    public IndicatorSetId setId() {
        return new IndicatorSetId(setId);
    }

    public Instant validFrom() {
        return validFrom;
    }

    public Instant validUntil() {
        return validUntil;
    }

    public GrantBasis legalBasis() {
        return legalBasis;
    }

    public Optional<String> orderReference() {
        return Optional.ofNullable(orderReference);
    }

    public String purpose() {
        return purpose;
    }

    public GrantAccess access() {
        return access;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }

    public Optional<String> revokedReason() {
        return Optional.ofNullable(revokedReason);
    }
}

package eu.csar.registry.domain;

import eu.csar.registry.api.Jurisdiction;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;
import eu.csar.shared.domain.RuleViolationException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A provider of relevant information society services, as the EU Centre's registry knows it.
 * Guards the registry's rules: a legal representative is required without an EU establishment
 * (Art 24); the competent Coordinating Authority is derived, never entered (Art 26); the status
 * moves only as {@link ProviderLifecycle} allows, and every move is a {@link ProviderStatusChange}.
 */
@Entity
@Table(name = "providers")
public class Provider {

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(name = "legal_name", nullable = false)
    private String legalName;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "provider_service_types", joinColumns = @JoinColumn(name = "provider_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "service_type")
    private Set<ServiceType> serviceTypes = EnumSet.noneOf(ServiceType.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "provider_services", joinColumns = @JoinColumn(name = "provider_id"))
    @OrderColumn(name = "position")
    private List<OfferedService> services = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "main_establishment")
    private MemberState mainEstablishment;

    @Embedded
    private LegalRepresentative legalRepresentative;

    @Embedded
    private ContactPoint contactPoint;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ProviderStatus status;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "signing_public_key")
    private String signingPublicKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "provider", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("occurredAt")
    private List<ProviderStatusChange> statusHistory = new ArrayList<>();

    protected Provider() {
    }

    private Provider(ProviderId id, Instant at) {
        this.id = id.value();
        this.status = ProviderLifecycle.INITIAL;
        this.createdAt = at;
    }

    /** Registers a new provider in {@link ProviderLifecycle#INITIAL} status; the registration opens its status history. */
    public static Provider register(ProviderProfile profile, String actor, Instant at) {
        Provider provider = new Provider(ProviderId.random(), at);
        provider.amend(profile, at);
        provider.statusHistory.add(new ProviderStatusChange(provider, null, ProviderEvent.REGISTER, provider.status,
                actor, null, at));
        return provider;
    }

    /** Replaces the whole entry with a corrected profile (centre admin); the status is not part of it. */
    public void amend(ProviderProfile profile, Instant at) {
        requireRepresentativeWithoutEstablishment(profile.mainEstablishment(), profile.legalRepresentative());
        this.legalName = profile.legalName().trim();
        this.serviceTypes = EnumSet.copyOf(profile.serviceTypes());
        this.services = new ArrayList<>(profile.services());
        this.mainEstablishment = profile.mainEstablishment();
        this.legalRepresentative = profile.legalRepresentative();
        this.contactPoint = profile.contactPoint();
        this.signingPublicKey = blankToNull(profile.signingPublicKey());
        this.updatedAt = at;
    }

    /** The provider designates a new point of contact (Art 23). Returns whether anything changed. */
    public boolean changeContactPoint(ContactPoint newContactPoint, Instant at) {
        if (newContactPoint.equals(contactPoint)) {
            return false;
        }
        this.contactPoint = newContactPoint;
        this.updatedAt = at;
        return true;
    }

    /** The provider designates a new legal representative (Art 24). Returns whether anything changed. */
    public boolean appointLegalRepresentative(LegalRepresentative representative, Instant at) {
        requireRepresentativeWithoutEstablishment(mainEstablishment, representative);
        if (representative.equals(legalRepresentative)) {
            return false;
        }
        this.legalRepresentative = representative;
        this.updatedAt = at;
        return true;
    }

    /**
     * The EU Centre suspends the provider, for {@code reason}.
     *
     * @throws RuleViolationException if the reason is blank or the provider is not active
     */
    public void suspend(String reason, String actor, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw RuleViolationException.invalid("reason", "A suspension needs a reason");
        }
        move(ProviderEvent.SUSPEND, reason.trim(), actor, at);
        this.statusReason = reason.trim();
    }

    /**
     * The EU Centre reinstates a suspended provider.
     *
     * @throws RuleViolationException if the provider is not suspended
     */
    public void reinstate(String actor, Instant at) {
        move(ProviderEvent.REINSTATE, null, actor, at);
        this.statusReason = null;
    }

    /**
     * Applies {@code event} as the status workflow allows it ({@code reason} only matters for a
     * suspension). Registration is never a move.
     *
     * @throws RuleViolationException if the workflow does not allow the event now
     */
    public void apply(ProviderEvent event, String reason, String actor, Instant at) {
        switch (event) {
            case SUSPEND -> suspend(reason, actor, at);
            case REINSTATE -> reinstate(actor, at);
            case REGISTER -> move(event, reason, actor, at);
        }
    }

    private void move(ProviderEvent event, String reason, String actor, Instant at) {
        ProviderStatus next = ProviderLifecycle.TABLE.next(status, event);
        statusHistory.add(new ProviderStatusChange(this, status, event, next, actor, reason, at));
        this.status = next;
        this.updatedAt = at;
    }

    /** What the status workflow allows next: the actions a page may offer. */
    public Set<ProviderEvent> possibleEvents() {
        return ProviderLifecycle.TABLE.eventsFrom(status);
    }

    /**
     * Who is competent for the provider (Art 26(1), 26(2)): the Coordinating Authority of the main
     * establishment; else that of the legal representative's Member State; else every one.
     */
    public Jurisdiction jurisdiction() {
        if (mainEstablishment != null) {
            return Jurisdiction.of(Jurisdiction.Basis.MAIN_ESTABLISHMENT, mainEstablishment);
        }
        if (legalRepresentative != null && legalRepresentative.memberState() != null) {
            return Jurisdiction.of(Jurisdiction.Basis.LEGAL_REPRESENTATIVE, legalRepresentative.memberState());
        }
        return Jurisdiction.everyMemberState();
    }

    private static void requireRepresentativeWithoutEstablishment(MemberState establishment, LegalRepresentative rep) {
        if (establishment == null && rep == null) {
            throw new IllegalArgumentException("A provider without a main establishment in the Union must designate a legal representative (Art 24)");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public ProviderId id() {
        return new ProviderId(id);
    }

    public long version() {
        return version;
    }

    public String legalName() {
        return legalName;
    }

    public Set<ServiceType> serviceTypes() {
        return serviceTypes.isEmpty() ? EnumSet.noneOf(ServiceType.class) : EnumSet.copyOf(serviceTypes);
    }

    public List<OfferedService> services() {
        return List.copyOf(services);
    }

    public Optional<MemberState> mainEstablishment() {
        return Optional.ofNullable(mainEstablishment);
    }

    public Optional<LegalRepresentative> legalRepresentative() {
        return Optional.ofNullable(legalRepresentative);
    }

    public ContactPoint contactPoint() {
        return contactPoint;
    }

    public ProviderStatus status() {
        return status;
    }

    public Optional<String> statusReason() {
        return Optional.ofNullable(statusReason);
    }

    public Optional<String> signingPublicKey() {
        return Optional.ofNullable(signingPublicKey);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** Every status change, oldest first, starting with the registration. */
    public List<ProviderStatusChange> statusHistory() {
        return List.copyOf(statusHistory);
    }
}

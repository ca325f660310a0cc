package eu.csar.registry;

import eu.csar.shared.MemberState;
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
 * (Art 24), and the Coordinating Authority of establishment is derived, never entered (Art 25-26).
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

    protected Provider() {
    }

    private Provider(UUID id, Instant at) {
        this.id = id;
        this.status = ProviderStatus.ACTIVE;
        this.createdAt = at;
    }

    /** Registers a new, active provider. */
    public static Provider register(ProviderProfile profile, Instant at) {
        Provider provider = new Provider(UUID.randomUUID(), at);
        provider.amend(profile, at);
        return provider;
    }

    /** Replaces the whole entry with a corrected profile (centre admin). */
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

    public void suspend(String reason, Instant at) {
        this.status = ProviderStatus.SUSPENDED;
        this.statusReason = reason;
        this.updatedAt = at;
    }

    public void reinstate(Instant at) {
        this.status = ProviderStatus.ACTIVE;
        this.statusReason = null;
        this.updatedAt = at;
    }

    /**
     * The Member States whose Coordinating Authority has jurisdiction (Art 26(1) and 26(2)): that of
     * the main establishment; else that of the legal representative; else every Member State.
     */
    public Set<MemberState> jurisdiction() {
        if (mainEstablishment != null) {
            return EnumSet.of(mainEstablishment);
        }
        if (legalRepresentative != null && legalRepresentative.memberState() != null) {
            return EnumSet.of(legalRepresentative.memberState());
        }
        return EnumSet.allOf(MemberState.class);
    }

    public boolean isUnderJurisdictionOfAnyOf(Set<MemberState> states) {
        return jurisdiction().stream().anyMatch(states::contains);
    }

    private static void requireRepresentativeWithoutEstablishment(MemberState establishment, LegalRepresentative rep) {
        if (establishment == null && rep == null) {
            throw new IllegalArgumentException("A provider without a main establishment in the Union must designate a legal representative (Art 24)");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public UUID id() {
        return id;
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
}

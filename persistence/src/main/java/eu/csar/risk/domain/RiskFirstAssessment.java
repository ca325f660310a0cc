package eu.csar.risk.domain;

import eu.csar.legal.api.ProfileRef;
import eu.csar.risk.api.RiskAssessmentId;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A provider's first risk assessment (Art 3(4), first subparagraph): due the profile's
 * {@code risk-assessment.first-assessment-period} after the provider was entered in the registry,
 * running on a deadline of the deadline service whose id it keeps. Overdue once when the deadline
 * is reached unmet; met by the provider's first assessment of its service, which ends the clock.
 * The Member States are those competent for the provider when the clock started, whose Coordinating
 * Authorities are reminded and see it in their list.
 */
@Entity
@Table(name = "risk_first_assessments")
public class RiskFirstAssessment {

    @Id
    @Column(name = "provider_id")
    private UUID providerId;

    @Version
    private long version;

    @Column(name = "provider_name", nullable = false, updatable = false)
    private String providerName;

    @Column(name = "member_states", nullable = false, updatable = false)
    private String memberStates;

    @Column(name = "profile_id", nullable = false, updatable = false)
    private String profileId;

    @Column(name = "profile_version", nullable = false, updatable = false)
    private int profileVersion;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Column(name = "due_at", nullable = false, updatable = false)
    private Instant dueAt;

    @Column(name = "deadline_id", nullable = false, updatable = false)
    private UUID deadlineId;

    @Column(name = "overdue_since")
    private Instant overdueSince;

    @Column(name = "met_at")
    private Instant metAt;

    @Column(name = "met_by")
    private UUID metBy;

    protected RiskFirstAssessment() {
    }

    /** The clock of {@code provider}'s first assessment, due at {@code dueAt} on deadline {@code deadline}. */
    public static RiskFirstAssessment start(ProviderId provider, String providerName, Set<MemberState> competent,
                                            ProfileRef profile, Instant registeredAt, Instant dueAt, UUID deadline) {
        RiskFirstAssessment f = new RiskFirstAssessment();
        f.providerId = provider.value();
        f.providerName = Objects.requireNonNull(providerName, "providerName");
        f.memberStates = competent.isEmpty() ? "" : EnumSet.copyOf(competent).stream().map(Enum::name)
                .collect(Collectors.joining(","));
        f.profileId = profile.profileId();
        f.profileVersion = profile.version();
        f.registeredAt = micros(registeredAt);
        f.dueAt = micros(dueAt);
        f.deadlineId = Objects.requireNonNull(deadline, "deadline");
        return f;
    }

    /** Records it overdue since {@code due}, once, if it is still unmet; returns whether anything changed. */
    public boolean markOverdue(Instant due) {
        if (metAt != null || overdueSince != null) {
            return false;
        }
        overdueSince = micros(due);
        return true;
    }

    /**
     * Records it met by {@code assessment} at {@code at}; answers the deadline to cancel, or empty when
     * it was met before (a later assessment changes nothing).
     */
    public Optional<UUID> meet(RiskAssessmentId assessment, Instant at) {
        if (metAt != null) {
            return Optional.empty();
        }
        metAt = micros(at);
        metBy = assessment.value();
        return Optional.of(deadlineId);
    }

    private static Instant micros(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    public ProviderId providerId() {
        return new ProviderId(providerId);
    }

    public String providerName() {
        return providerName;
    }

    public Set<MemberState> memberStates() {
        return memberStates.isEmpty() ? Set.of() : Arrays.stream(memberStates.split(",")).map(MemberState::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(MemberState.class)));
    }

    public ProfileRef profile() {
        return new ProfileRef(profileId, profileVersion);
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public UUID deadlineId() {
        return deadlineId;
    }

    public Optional<Instant> overdueSince() {
        return Optional.ofNullable(overdueSince);
    }

    public Optional<Instant> metAt() {
        return Optional.ofNullable(metAt);
    }
}

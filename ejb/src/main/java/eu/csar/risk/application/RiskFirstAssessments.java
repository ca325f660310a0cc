package eu.csar.risk.application;

import eu.csar.audit.application.AuditRecorder;
import eu.csar.legal.api.DeadlineId;
import eu.csar.legal.api.DeadlinePlan;
import eu.csar.legal.api.DeadlineSubject;
import eu.csar.legal.api.LegalPeriod;
import eu.csar.legal.api.ProfileRef;
import eu.csar.legal.application.DeadlineService;
import eu.csar.registry.api.ProviderReference;
import eu.csar.registry.api.ProviderWasRegistered;
import eu.csar.registry.application.ProviderDirectory;
import eu.csar.risk.api.AssessmentKind;
import eu.csar.risk.api.DueKind;
import eu.csar.risk.api.RiskAssessmentId;
import eu.csar.risk.domain.RiskAction;
import eu.csar.risk.domain.RiskAssessmentRepository;
import eu.csar.risk.domain.RiskDueDates;
import eu.csar.risk.domain.RiskFirstAssessment;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.ProviderId;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;

/**
 * The clock of a provider's first risk assessment (Art 3(4), first subparagraph): the profile's
 * {@code risk-assessment.first-assessment-period} from the day the provider was entered in the
 * registry, for a provider offering a service Art 3 covers (hosting, interpersonal communications),
 * run as a deadline {@code risk-assessment.first} of the deadline service (reminder: the profile's
 * {@code risk-assessment.reminder-before}). Started when the registry tells of a registration (in
 * the registering transaction), or by {@link #sweep()} for the providers registered before; ended by
 * the provider's first assessment of its service ({@link #met}); {@link RiskClocks} marks it overdue
 * and reminds the competent authorities. Every start, mark and end is audited.
 *
 * <p>Who may call: the registry's event (the centre admin registering), the start-up sweep (no caller)
 * and the provider's submission; so the methods permit every caller and the bean runs as the platform
 * ({@code system}) towards the registry, the legal profiles and the deadline service.
 */
@Stateless
@RunAs(Roles.SYSTEM)
public class RiskFirstAssessments {

    static final String SUBJECT_TYPE = "RiskFirstAssessment";
    static final Set<String> COVERED = Set.of("HOSTING", "INTERPERSONAL_COMMUNICATIONS");

    @Inject
    RiskAssessmentRepository assessments;

    @Inject
    RiskProfiles profiles;

    @Inject
    DeadlineService deadlines;

    @Inject
    ProviderDirectory directory;

    @Inject
    AuditRecorder audit;

    @Inject
    Clock clock;

    /** A provider was registered: its first assessment's clock starts from the registration. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void onRegistered(@Observes ProviderWasRegistered registered) {
        start(registered, "registration");
    }

    /**
     * Starts the clock of every active provider Art 3 covers that has neither a clock nor a service
     * assessment yet (the providers registered before registrations were told, e.g. the SQL-seeded
     * demo providers), from its registration; a registration long past is overdue at the next sweep
     * of the deadline service. Answers how many clocks it started.
     */
    @PermitAll
    public int sweep() {
        Set<UUID> started = assessments.firstStarted();
        int count = 0;
        for (ProviderWasRegistered r : directory.registrations()) {
            if (!started.contains(r.providerId().value()) && start(r, "start-up sweep")) {
                count++;
            }
        }
        return count;
    }

    /** The provider's first assessment of its service arrived: its clock ends (a later one changes nothing). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void met(ProviderId provider, RiskAssessmentId assessment) {
        assessments.firstForUpdate(provider).flatMap(f -> f.meet(assessment, clock.instant())).ifPresent(deadline -> {
            deadlines.cancel(new DeadlineId(deadline), "first assessment received: " + assessment);
            assessments.flush();
            audit.success(RiskAction.RISK_FIRST_ASSESSMENT_MET, provider.value(), RiskMoves.PURPOSE + "; by " + assessment);
        });
    }

    private boolean start(ProviderWasRegistered r, String occasion) {
        if (r.serviceTypes().stream().noneMatch(COVERED::contains)
                || assessments.anyOf(r.providerId(), AssessmentKind.SERVICE)
                || assessments.firstForUpdate(r.providerId()).isPresent()) {
            return false;
        }
        ProviderReference provider = directory.find(r.providerId()).orElse(null);
        if (provider == null) {
            return false;
        }
        ProfileRef profile = profiles.pin(null);
        LegalPeriod period = profiles.firstAssessmentPeriod(profile);
        UUID deadline = deadlines.schedule(new DeadlinePlan(DueKind.FIRST.deadlineKind(), subject(r.providerId()), profile,
                period, r.registeredAt(), profiles.reminder(profile), null, null)).id().value();
        RiskFirstAssessment first = RiskFirstAssessment.start(r.providerId(), provider.legalName(),
                provider.jurisdiction().memberStates(), profile, r.registeredAt(),
                RiskDueDates.firstAssessment(period, r.registeredAt()), deadline);
        assessments.addFirst(first);
        assessments.flush();
        audit.success(RiskAction.RISK_FIRST_ASSESSMENT_STARTED, r.providerId().value(), RiskMoves.PURPOSE + "; " + occasion
                + ", first assessment due " + first.dueAt() + " under " + profile);
        return true;
    }

    static DeadlineSubject subject(ProviderId provider) {
        return new DeadlineSubject(SUBJECT_TYPE, provider.value().toString());
    }
}

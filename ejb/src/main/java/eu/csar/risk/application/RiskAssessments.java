package eu.csar.risk.application;

import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.legal.api.ProfileRef;
import eu.csar.registry.api.ProviderReference;
import eu.csar.registry.application.ProviderDirectory;
import eu.csar.risk.api.AssessmentKind;
import eu.csar.risk.api.DueKind;
import eu.csar.risk.api.RiskAssessmentId;
import eu.csar.risk.api.RiskAssessmentState;
import eu.csar.risk.domain.RiskAction;
import eu.csar.risk.domain.RiskAssessment;
import eu.csar.risk.domain.RiskAssessmentEvent;
import eu.csar.risk.domain.RiskAssessmentRepository;
import eu.csar.risk.domain.RiskDueDates;
import eu.csar.risk.domain.RiskFirstAssessment;
import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.CleanText;
import eu.csar.shared.domain.RuleViolationException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The provider's side of risk assessment (Art 3-6 of COM(2022) 209): a provider of hosting or
 * interpersonal communications services submits its risk assessment with its mitigation measures
 * (Art 3-4), an app store its Art 6 measures, each with exactly the fields the legal profile lists;
 * the new one supersedes its previous one of the same kind (Art 3(4)) and its next assessment falls
 * due by the profile's update interval, or earlier while a detection order is in force against the
 * provider ({@link RiskOrderTerms}; a deadline of the deadline service, reminder included). The
 * provider reads its own assessments and the next date it must act by, and answers the Coordinating
 * Authority's requests. Another provider's assessment does not exist for it (404). Every read and
 * write is audited, refusals too.
 */
@Stateless
public class RiskAssessments {

    private static final Set<String> COVERED = Set.of("HOSTING", "INTERPERSONAL_COMMUNICATIONS");

    @Inject
    RiskAssessmentRepository assessments;

    @Inject
    RiskMoves moves;

    @Inject
    RiskProfiles profiles;

    @Inject
    ProviderDirectory directory;

    @Inject
    RiskFirstAssessments firstAssessments;

    @Inject
    AuditRecorder audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** Submits the calling provider's assessment (or app-store measures); the previous current one is superseded. */
    @RolesAllowed(Roles.PROVIDER)
    public RiskAssessmentView submit(@NotNull @Valid NewRiskAssessment submitted) {
        RiskAction action = RiskAction.RISK_ASSESSMENT_SUBMITTED;
        try {
            ProviderReference me = directory.own().orElseThrow(() -> RuleViolationException.invalid(
                    "provider", "The caller acts for no provider in the registry"));
            AssessmentKind kind = kind(submitted.kind(), directory.ownServiceTypes());
            ProfileRef profile = profiles.pin(submitted.profile());
            RiskDueDates dueDates = profiles.dueDates(profile);
            String actor = audit.actorName();
            Instant now = clock.instant();
            RiskAssessment created = RiskAssessment.submit(me.id(), me.legalName(), me.jurisdiction().memberStates(), kind,
                    profile, profiles.fields(profile, kind), submitted.fields(), dueDates, actor, now);
            for (RiskAssessment previous : assessments.currentForUpdate(me.id(), kind)) {
                moves.move(previous, RiskAction.RISK_ASSESSMENT_SUPERSEDED, "by " + created.id(), (a, who, at) ->
                        a.supersede(created.id(), who, at).forEach(d -> moves.cancel(d, "assessment superseded by " + created.id())));
            }
            if (kind == AssessmentKind.SERVICE) {
                // a detection order in force may bring the next assessment forward (Art 3(4), second subparagraph)
                created.moveUpdateDue(dueDates.nextAssessment(created.assessedAt(), assessments.orderBounds(me.id())), now);
            }
            assessments.add(created);
            assessments.flush();
            if (kind == AssessmentKind.SERVICE) {
                firstAssessments.met(me.id(), created.id());
            }
            created.updateScheduled(moves.scheduleUpdate(created, dueDates, profiles.reminder(profile), now));
            assessments.flush();
            audit.success(action, created.id(), RiskMoves.PURPOSE + "; " + kind + " under " + profile + ", next due "
                    + created.updateDueAt() + (created.reportedLate() ? "; reported late" : ""));
            return RiskAssessmentView.of(created, List.of());
        } catch (RuleViolationException refused) {
            audit.refusal(action, null, RiskMoves.PURPOSE + "; " + refused.getMessage(), AuditOutcome.REFUSED);
            throw refused;
        }
    }

    /**
     * The fields of the calling provider's next report under the default profile, for its form: a
     * service's (Art 3-4) or, for an app store only, its Art 6 measures (a provider offering neither is
     * refused on {@code kind}). Published law: not audited.
     */
    @RolesAllowed(Roles.PROVIDER)
    public List<String> reportFields() {
        ProfileRef profile = profiles.pin(null);
        return profiles.fields(profile, kind(null, directory.ownServiceTypes()));
    }

    /** The calling provider's assessments, newest first, and the next date it must act by. */
    @RolesAllowed(Roles.PROVIDER)
    public OwnAssessments own() {
        List<RiskAssessment> found = caller.providerId().map(assessments::ofProvider).orElse(List.of());
        RiskAssessment next = found.stream().filter(a -> a.state() != RiskAssessmentState.SUPERSEDED)
                .min(Comparator.comparing(RiskAssessment::nextDueAt)).orElse(null);
        audit.success(RiskAction.RISK_ASSESSMENT_LIST_READ, null, RiskMoves.PURPOSE + "; own, " + found.size() + " found");
        List<RiskAssessmentView> items = found.stream().map(a -> RiskAssessmentView.of(a, List.of())).toList();
        if (next == null) {
            // before its first assessment: due the profile's period after the provider became subject (Art 3(4))
            // its clock, once started, is the deadline it runs on (overdue or not); before that, computed the same way
            Optional<RiskFirstAssessment> clock = found.isEmpty() ? caller.providerId().flatMap(assessments::first)
                    .filter(f -> f.metAt().isEmpty()) : Optional.empty();
            Instant first = clock.map(RiskFirstAssessment::dueAt).or(() -> firstDue(found.isEmpty())).orElse(null);
            return new OwnAssessments(items, first, first == null ? null : DueKind.FIRST,
                    clock.flatMap(RiskFirstAssessment::overdueSince).orElse(null));
        }
        return new OwnAssessments(items, next.nextDueAt(), next.answerDueAt() != null && next.nextDueAt().equals(next.answerDueAt())
                ? next.answerKind() : DueKind.UPDATE, next.overdueSince());
    }

    /** One of the calling provider's assessments; another provider's is not found. */
    @RolesAllowed(Roles.PROVIDER)
    public RiskAssessmentView assessment(@NotNull RiskAssessmentId id) {
        RiskAction action = RiskAction.RISK_ASSESSMENT_READ;
        RiskAssessment a = moves.visible(assessments.find(id), this::own, action, id);
        audit.success(action, id, RiskMoves.PURPOSE);
        return RiskAssessmentView.of(a, List.of());
    }

    /** The provider answers the authority's request for information or requirement of measures (Art 5(2), 5(4)). */
    @RolesAllowed(Roles.PROVIDER)
    public RiskAssessmentView supplement(@NotNull RiskAssessmentId id,
                                         @NotBlank @Size(max = RiskAssessment.MAX_RESPONSE) @CleanText(multiLine = true) String text) {
        RiskAction action = RiskAction.of(RiskAssessmentEvent.SUPPLEMENT);
        RiskAssessment a = moves.load(id, this::own, action);
        return RiskAssessmentView.of(moves.move(a, action, null, (x, actor, now) -> x.supplement(text, actor, now)
                .ifPresent(d -> moves.cancel(d, "answered by the provider"))), List.of());
    }

    /** The first assessment's due date of a provider that never submitted one and offers a service Art 3 covers. */
    private Optional<Instant> firstDue(boolean none) {
        boolean covered = directory.ownServiceTypes().stream().anyMatch(COVERED::contains);
        return none && covered ? directory.ownRegisteredAt().map(since -> RiskDueDates.firstAssessment(
                profiles.firstAssessmentPeriod(profiles.pin(null)), since)) : Optional.empty();
    }

    private boolean own(RiskAssessment a) {
        return caller.providerId().filter(a.providerId()::equals).isPresent();
    }

    /**
     * The kind the provider submits: as asked, if it offers such a service; otherwise a service's
     * assessment for a hosting or interpersonal communications provider, else an app store's measures.
     */
    static AssessmentKind kind(AssessmentKind asked, Set<String> serviceTypes) {
        boolean service = serviceTypes.contains("HOSTING") || serviceTypes.contains("INTERPERSONAL_COMMUNICATIONS");
        boolean appStore = serviceTypes.contains("APP_STORE");
        if (asked == AssessmentKind.SERVICE && service || asked == AssessmentKind.APP_STORE && appStore) {
            return asked;
        }
        if (asked == null && (service || appStore)) {
            return service ? AssessmentKind.SERVICE : AssessmentKind.APP_STORE;
        }
        throw RuleViolationException.invalid("kind", asked == null
                ? "Risk assessments (Art 3, Art 6) are for hosting, interpersonal communications and app store providers"
                : "The provider offers no service that " + asked + " is for");
    }
}

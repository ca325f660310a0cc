package eu.csar.risk.application;

import eu.csar.audit.application.AuditRecorder;
import eu.csar.legal.api.LegalPeriod;
import eu.csar.legal.api.ProfileRef;
import eu.csar.registry.application.ProviderDirectory;
import eu.csar.risk.api.DueKind;
import eu.csar.risk.api.RiskAssessmentId;
import eu.csar.risk.domain.RiskAction;
import eu.csar.risk.domain.RiskAssessment;
import eu.csar.risk.domain.RiskAssessmentEvent;
import eu.csar.risk.domain.RiskAssessmentLifecycle;
import eu.csar.risk.domain.RiskAssessmentRepository;
import eu.csar.risk.domain.RiskFirstAssessment;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.CleanText;
import eu.csar.shared.domain.ProviderId;
import eu.csar.shared.domain.RuleViolationException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The Coordinating Authority of establishment's side of risk assessment (Art 5 of COM(2022) 209):
 * the current assessments of the providers the registry places under its jurisdiction (derived when
 * read, Art 26), overdue first; and the review: accept, request further information (Art 5(2)) or
 * require measures (Art 5(4)), each answer due within the profile's period (a deadline of the
 * deadline service, with its reminder); and, where the assessment's profile provides risk
 * categories (Council general approach), assign one. Another Member State's provider's assessment
 * does not exist for it (404). Every read and write is audited, refusals too.
 */
@Stateless
public class RiskReviews {

    @Inject
    RiskAssessmentRepository assessments;

    @Inject
    RiskMoves moves;

    @Inject
    RiskProfiles profiles;

    @Inject
    ProviderDirectory directory;

    @Inject
    AuditRecorder audit;

    /** The current assessments of the caller's providers: overdue first (longest first), then by the next due date. */
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public List<RiskAssessmentView> list() {
        Set<ProviderId> submitted = assessments.providers().stream().map(ProviderId::new).collect(Collectors.toSet());
        Set<UUID> mine = submitted.isEmpty() ? Set.of()
                : directory.openableAmong(submitted).stream().map(ProviderId::value).collect(Collectors.toSet());
        List<RiskAssessment> found = assessments.current(mine);
        Map<ProfileRef, List<String>> categories = new HashMap<>();
        List<RiskAssessmentView> views = found.stream()
                .map(a -> RiskAssessmentView.of(a, categories.computeIfAbsent(a.profile(), profiles::categories))).toList();
        audit.success(RiskAction.RISK_ASSESSMENT_LIST_READ, null, RiskMoves.PURPOSE + "; review list, " + found.size()
                + " current, " + views.stream().filter(RiskAssessmentView::overdue).count() + " overdue");
        return views;
    }

    /**
     * The providers under the caller's jurisdiction still awaiting their first assessment (Art 3(4),
     * first subparagraph): overdue first (longest first), then by due date.
     */
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public List<FirstAssessmentDue> awaitingFirst() {
        List<RiskFirstAssessment> open = assessments.awaitingFirst();
        Set<ProviderId> mine = open.isEmpty() ? Set.of()
                : directory.openableAmong(open.stream().map(RiskFirstAssessment::providerId).collect(Collectors.toSet()));
        List<FirstAssessmentDue> due = open.stream().filter(f -> mine.contains(f.providerId()))
                .map(f -> new FirstAssessmentDue(f.providerId(), f.providerName(), f.registeredAt(), f.dueAt(),
                        f.overdueSince().orElse(null))).toList();
        audit.success(RiskAction.RISK_ASSESSMENT_LIST_READ, null, RiskMoves.PURPOSE + "; awaiting a first assessment, "
                + due.size() + ", " + due.stream().filter(FirstAssessmentDue::overdue).count() + " overdue");
        return due;
    }

    /** One assessment of a provider under the caller's jurisdiction; any other is not found. */
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public RiskAssessmentView assessment(@NotNull RiskAssessmentId id) {
        RiskAction action = RiskAction.RISK_ASSESSMENT_READ;
        RiskAssessment a = moves.visible(assessments.find(id), this::underJurisdiction, action, id);
        audit.success(action, id, RiskMoves.PURPOSE + "; review");
        return view(a);
    }

    /** Accepts the assessment and its measures (Art 5). */
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public RiskAssessmentView accept(@NotNull RiskAssessmentId id,
                                     @Size(max = RiskAssessment.MAX_REQUEST) @CleanText(multiLine = true) String reason) {
        RiskAction action = RiskAction.of(RiskAssessmentEvent.ACCEPT);
        RiskAssessment a = moves.load(id, this::underJurisdiction, action);
        return view(moves.move(a, action, null, (x, actor, now) -> x.accept(reason, actor, now)));
    }

    /** Asks the provider for further information, due within the profile's period (Art 5(2)). */
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public RiskAssessmentView requestInformation(@NotNull RiskAssessmentId id,
            @NotBlank @Size(max = RiskAssessment.MAX_REQUEST) @CleanText(multiLine = true) String text) {
        return request(id, RiskAssessmentEvent.REQUEST_INFORMATION, DueKind.INFORMATION, text);
    }

    /** Requires the provider to update its assessment or measures, due within the profile's period (Art 5(4)). */
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public RiskAssessmentView requireMeasures(@NotNull RiskAssessmentId id,
            @NotBlank @Size(max = RiskAssessment.MAX_REQUEST) @CleanText(multiLine = true) String text) {
        return request(id, RiskAssessmentEvent.REQUIRE_MEASURES, DueKind.MEASURES, text);
    }

    /** Assigns a risk category of the assessment's profile (Council general approach); refused where it provides none. */
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public RiskAssessmentView assignCategory(@NotNull RiskAssessmentId id, @NotBlank @Size(max = 80) String category) {
        RiskAction action = RiskAction.of(RiskAssessmentEvent.ASSIGN_CATEGORY);
        RiskAssessment a = moves.load(id, this::underJurisdiction, action);
        List<String> allowed = profiles.categories(a.profile());
        return view(moves.move(a, action, category, (x, actor, now) -> {
            if (allowed.isEmpty()) {
                throw new RuleViolationException(
                        RuleViolationException.Code.NOT_PERMITTED_IN_STATE, "category",
                        "The legal profile " + x.profile() + " provides no risk categories");
            }
            x.assignCategory(category, allowed, actor, now);
        }));
    }

    private RiskAssessmentView request(RiskAssessmentId id, RiskAssessmentEvent event, DueKind kind, String text) {
        RiskAction action = RiskAction.of(event);
        RiskAssessment a = moves.load(id, this::underJurisdiction, action);
        LegalPeriod period = profiles.dueDates(a.profile()).answerPeriod(event);
        return view(moves.move(a, action, "answer within " + period, (x, actor, at) -> {
            // the table decides first, so a refused move schedules no deadline
            RiskAssessmentLifecycle.TABLE.next(x.state(), event);
            x.request(event, text, period.after(at), moves.schedule(x, kind, period, at, profiles.reminder(x.profile())),
                    actor, at);
        }));
    }

    private boolean underJurisdiction(RiskAssessment a) {
        return !directory.openableAmong(Set.of(a.providerId())).isEmpty();
    }

    private RiskAssessmentView view(RiskAssessment a) {
        return RiskAssessmentView.of(a, profiles.categories(a.profile()));
    }
}

package eu.csar.orders.application;

import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.indicators.api.IndicatorSetId;
import eu.csar.legal.api.DeadlineId;
import eu.csar.legal.api.DeadlinePlan;
import eu.csar.legal.api.DeadlineSubject;
import eu.csar.legal.api.DeadlineView;
import eu.csar.legal.api.LegalPeriod;
import eu.csar.legal.api.ProfileKey;
import eu.csar.legal.api.ProfileRef;
import eu.csar.legal.application.DeadlineService;
import eu.csar.orders.api.Addressee;
import eu.csar.orders.api.DetectionOrderId;
import eu.csar.orders.domain.DetectionOrder;
import eu.csar.orders.domain.DetectionOrderAction;
import eu.csar.orders.domain.DetectionOrderProfile;
import eu.csar.orders.domain.DetectionOrderRepository;
import eu.csar.registry.api.ProviderAddressee;
import eu.csar.registry.api.ProviderOffer;
import eu.csar.registry.application.ProviderDirectory;
import eu.csar.risk.api.AssessmentCitations;
import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.CleanText;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.RuleViolationException;
import eu.csar.shared.domain.UnknownObjectException;
import eu.csar.technologies.application.ApprovedTechnologies;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Detection orders (Art 7-11 of COM(2022) 209) up to the issuing authority: the Coordinating
 * Authority of establishment drafts a request for a provider under its jurisdiction (possibly starting
 * from the provider's risk assessment, which the risk context checks) and sends it for
 * consultation with the comment period it sets; the provider comments, the EU Centre gives its opinion
 * within the profile's period (a persistent deadline); the Coordinating Authority adjusts the draft;
 * the provider records its implementation plan (for grooming with its DPIA), the Coordinating
 * Authority the data-protection authority's opinion, and submits the request to the issuing authority
 * of its Member State, or withdraws it. The technology a request names must be an APPROVED entry of
 * the technology register (Art 50(1); {@link ApprovedTechnologies}). Reads for everyone entitled. The issuing authority's decision
 * and what follows is {@link DetectionOrderDecisions}. A request under a legal profile without
 * detection orders (COUNCIL-GA-2025) is refused, naming the profile. Every move writes a history row
 * and an audit entry ({@link DetectionOrderMoves}); another Member State's or provider's order is not found.
 */
@Stateless
public class DetectionOrders {

    static final String SUBJECT_TYPE = "DetectionOrder";
    static final String CENTRE_OPINION = "detection-order.centre-opinion";
    static final int MAX_PAGE = 100;
    static final String RISK_ASSESSMENT_FIELD = "riskAssessmentId";

    @Inject
    DetectionOrderRepository orders;

    @Inject
    DetectionOrderMoves moves;

    @Inject
    DetectionOrderGrants grants;

    @Inject
    DetectionOrderRules profileRules;

    @Inject
    DeadlineService deadlines;

    @Inject
    ProviderDirectory directory;

    @Inject
    ApprovedTechnologies technologies;

    @Inject
    AssessmentCitations citations;

    @Inject
    AuditRecorder audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** A new draft request (Art 7(2)) of the Coordinating Authority of establishment. */
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public DetectionOrderView draft(@NotNull @Valid NewDetectionOrder o) {
        DetectionOrderAction action = DetectionOrderAction.DETECTION_ORDER_DRAFTED;
        try {
            DetectionOrderProfile rules = profileRules.of(profileRules.pin(o.profile()));
            ProviderAddressee to = directory.addressee(o.provider()).orElseThrow(() -> RuleViolationException.invalid(
                    "providerId", "No provider " + o.provider() + " in the registry"));
            if (!to.active()) {
                throw RuleViolationException.invalid("providerId", to.legalName() + " is not active");
            }
            MemberState memberState = OrderVisibility.actingMemberState(caller, o.memberState(), to.jurisdiction().memberStates());
            if (!to.jurisdiction().memberStates().contains(memberState)) {
                throw RuleViolationException.invalid("providerId",
                        to.legalName() + " is not under the jurisdiction of " + memberState + " (Art 7(1))");
            }
            if (o.riskAssessment() != null) {
                citations.checkCitable(o.riskAssessment(), to.id(), RISK_ASSESSMENT_FIELD);
            }
            Set<IndicatorSetId> unknown = grants.unknownSets(o.indicatorSets());
            if (!unknown.isEmpty()) {
                throw RuleViolationException.invalid("indicatorSets", "No indicator sets " + unknown);
            }
            // the technology the order names must be on the register's approved list (Art 50(1))
            technologies.requireApproved(o.technologyReference(), "technologyReference");
            DetectionOrder order = DetectionOrder.draft(o.reference(), memberState, to.id(), to.legalName(),
                    to.toLegalRepresentative() ? Addressee.LEGAL_REPRESENTATIVE : Addressee.POINT_OF_CONTACT, to.email(),
                    o.service(), o.type(), o.indicatorSets(), o.duration(), o.safeguards(), o.technologyReference(),
                    o.reasons(), o.riskAssessment(), rules, audit.actorName(), clock.instant());
            orders.add(order);
            orders.flush();
            audit.success(action, order.id(), DetectionOrderMoves.PURPOSE + "; " + order.reference() + " for "
                    + order.providerName() + ", " + order.detectionType() + ", " + order.indicatorSets().size()
                    + " indicator sets, " + order.duration().iso() + ", under " + rules.ref()
                    + order.riskAssessment().map(a -> ", from risk assessment " + a).orElse(""));
            return DetectionOrderViews.view(order);
        } catch (RuleViolationException refused) {
            audit.refusal(action, null, DetectionOrderMoves.PURPOSE + "; " + refused.getMessage(), AuditOutcome.REFUSED);
            throw refused;
        } catch (UnknownObjectException unknown) {
            audit.refusal(action, null, DetectionOrderMoves.PURPOSE + "; " + unknown.getMessage(), AuditOutcome.NOT_FOUND);
            throw unknown;
        }
    }

    /**
     * The profile version a new request under {@code profile} would pin (default {@code COM-2022-209}),
     * checked as the draft checks it: a profile without detection orders is refused with the
     * {@link eu.csar.orders.domain.DetectionOrderNotProvidedException} that names it, so that the
     * drafting wizard can say so before the Coordinating Authority fills in the rest.
     */
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public ProfileRef profileFor(@Size(max = 40) String profile) {
        ProfileRef ref = profileRules.pin(profile);
        profileRules.of(ref);
        return ref;
    }

    /**
     * The providers the Coordinating Authority may draft a request for now: active, under the
     * jurisdiction of its Member States (Art 7(1)), with their services, in name order.
     */
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public List<ProviderOffer> addressees() {
        return directory.activeProvidersUnder(caller.memberStates());
    }

    /** The indicator sets a request or a modification may name (id and code), for the drafting wizard and the modification form. */
    @RolesAllowed({Roles.COORDINATING_AUTHORITY, Roles.ISSUING_AUTHORITY})
    public Map<IndicatorSetId, String> indicatorSets() {
        return grants.sets();
    }

    /**
     * The codes of {@code sets} (the sets an order names), so that the order's readers see
     * "known-images" rather than a UUID; a set the catalogue no longer holds is left out.
     */
    @RolesAllowed({Roles.COORDINATING_AUTHORITY, Roles.ISSUING_AUTHORITY, Roles.PROVIDER, Roles.CENTRE_ADMIN,
            Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR})
    public Map<IndicatorSetId, String> indicatorSetCodes(@NotNull Collection<IndicatorSetId> sets) {
        return grants.codes(sets);
    }

    /** One page of the orders the caller may see, newest first. */
    @RolesAllowed({Roles.COORDINATING_AUTHORITY, Roles.ISSUING_AUTHORITY, Roles.PROVIDER, Roles.CENTRE_ADMIN,
            Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR})
    public DetectionOrderPage list(@Min(0) int page, @Min(1) @Max(MAX_PAGE) int size) {
        OrderVisibility.ListScope scope = OrderVisibility.listScope(caller);
        List<DetectionOrder> found = scope.none() ? List.of()
                : orders.page(scope.provider(), scope.memberStates(), page * size, size);
        long total = scope.none() ? 0 : orders.count(scope.provider(), scope.memberStates());
        audit.success(DetectionOrderAction.DETECTION_ORDER_LIST_READ, null, DetectionOrderMoves.PURPOSE + "; page " + page
                + ", " + found.size() + " of " + total);
        return new DetectionOrderPage(found.stream().map(DetectionOrderViews::view).toList(), page, size, total);
    }

    /** One order; another's is not found. */
    @RolesAllowed({Roles.COORDINATING_AUTHORITY, Roles.ISSUING_AUTHORITY, Roles.PROVIDER, Roles.CENTRE_ADMIN,
            Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR})
    public DetectionOrderView order(@NotNull DetectionOrderId id) {
        DetectionOrderAction action = DetectionOrderAction.DETECTION_ORDER_READ;
        DetectionOrder order = orders.find(id).filter(o -> DetectionOrderVisibility.canSee(caller, o)).orElseThrow(() -> {
            audit.refusal(action, id, DetectionOrderMoves.PURPOSE, AuditOutcome.NOT_FOUND);
            return new UnknownObjectException("DetectionOrder", id);
        });
        audit.success(action, id, DetectionOrderMoves.PURPOSE);
        return DetectionOrderViews.view(order);
    }

    /**
     * Sends the draft to the provider, with the comment period the Coordinating Authority sets, and to
     * the EU Centre, whose opinion falls due the profile's period later (a persistent deadline; its
     * inbox is reminded the profile's reminder period before).
     */
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public DetectionOrderView sendForConsultation(@NotNull DetectionOrderId id, @NotNull LegalPeriod commentPeriod) {
        DetectionOrderAction action = DetectionOrderAction.DETECTION_ORDER_SENT_FOR_CONSULTATION;
        DetectionOrder order = moves.load(id, action, o -> DetectionOrderVisibility.coordinator(caller, o));
        DetectionOrderProfile rules = profileRules.of(order.profile());
        moves.move(order, action, "comments within " + commentPeriod.iso(),
                (o, actor, now) -> o.sendForConsultation(rules, commentPeriod, actor, now));
        DeadlineView opinion = deadlines.schedule(new DeadlinePlan(CENTRE_OPINION, subject(order), order.profile(),
                rules.rule(ProfileKey.DETECTION_ORDER__CENTRE_OPINION_PERIOD).period(), order.consultationSentAt(),
                rules.rule(ProfileKey.DETECTION_ORDER__CENTRE_OPINION_REMINDER).period(), null, null));
        order.deadlines(opinion.id().value(), null, null, null);
        orders.flush();
        return DetectionOrderViews.view(order);
    }

    /** The provider's comments on the draft (Art 7(3), point (a)), within the period set. */
    @RolesAllowed(Roles.PROVIDER)
    public DetectionOrderView comment(@NotNull DetectionOrderId id, @NotBlank @Size(max = 4000) @CleanText(multiLine = true) String text) {
        DetectionOrderAction action = DetectionOrderAction.DETECTION_ORDER_PROVIDER_COMMENTED;
        DetectionOrder order = moves.load(id, action, o -> DetectionOrderVisibility.addressee(caller, o));
        moves.move(order, action, null, (o, actor, now) -> o.recordProviderComments(text, actor, now));
        return DetectionOrderViews.view(order);
    }

    /** The EU Centre's opinion on the draft (Art 7(3), point (b)), within the profile's period; its deadline is then done. */
    @RolesAllowed(Roles.CENTRE_ADMIN)
    public DetectionOrderView giveOpinion(@NotNull DetectionOrderId id,
                                          @NotBlank @Size(max = 4000) @CleanText(multiLine = true) String text) {
        DetectionOrderAction action = DetectionOrderAction.DETECTION_ORDER_CENTRE_OPINION_GIVEN;
        DetectionOrder order = moves.load(id, action, o -> DetectionOrderVisibility.canSee(caller, o));
        moves.move(order, action, null, (o, actor, now) -> o.recordCentreOpinion(text, actor, now));
        order.opinionDeadline().ifPresent(d -> deadlines.cancel(new DeadlineId(d), "opinion given"));
        return DetectionOrderViews.view(order);
    }

    /** The adjusted draft (Art 7(3), point (c)), once both answered or their periods ran out. */
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public DetectionOrderView adjust(@NotNull DetectionOrderId id, @NotBlank @Size(max = 4000) @CleanText(multiLine = true) String text) {
        DetectionOrderAction action = DetectionOrderAction.DETECTION_ORDER_DRAFT_ADJUSTED;
        DetectionOrder order = moves.load(id, action, o -> DetectionOrderVisibility.coordinator(caller, o));
        moves.move(order, action, null, (o, actor, now) -> o.adjust(text, actor, now));
        return DetectionOrderViews.view(order);
    }

    /** The provider's implementation plan (Art 7(3), point (c)); a later one replaces it. */
    @RolesAllowed(Roles.PROVIDER)
    public DetectionOrderView recordPlan(@NotNull DetectionOrderId id,
                                         @NotBlank @Size(max = 4000) @CleanText(multiLine = true) String text) {
        DetectionOrderAction action = DetectionOrderAction.DETECTION_ORDER_PLAN_RECORDED;
        DetectionOrder order = moves.load(id, action, o -> DetectionOrderVisibility.addressee(caller, o));
        moves.move(order, action, null, (o, actor, now) -> o.recordImplementationPlan(text, actor, now));
        return DetectionOrderViews.view(order);
    }

    /** The provider's data protection impact assessment that goes with a grooming plan (Art 7(3), second subparagraph). */
    @RolesAllowed(Roles.PROVIDER)
    public DetectionOrderView recordDpia(@NotNull DetectionOrderId id,
                                         @NotBlank @Size(max = 4000) @CleanText(multiLine = true) String text) {
        DetectionOrderAction action = DetectionOrderAction.DETECTION_ORDER_DPIA_RECORDED;
        DetectionOrder order = moves.load(id, action, o -> DetectionOrderVisibility.addressee(caller, o));
        moves.move(order, action, null, (o, actor, now) -> o.recordDpia(text, actor, now));
        return DetectionOrderViews.view(order);
    }

    /** The data-protection authority's opinion on a grooming plan, as the Coordinating Authority received it. */
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public DetectionOrderView recordDpaOpinion(@NotNull DetectionOrderId id,
                                               @NotBlank @Size(max = 4000) @CleanText(multiLine = true) String text) {
        DetectionOrderAction action = DetectionOrderAction.DETECTION_ORDER_DPA_OPINION_RECORDED;
        DetectionOrder order = moves.load(id, action, o -> DetectionOrderVisibility.coordinator(caller, o));
        moves.move(order, action, null, (o, actor, now) -> o.recordDpaOpinion(text, actor, now));
        return DetectionOrderViews.view(order);
    }

    /** Submits the request to the issuing authority of the same Member State (Art 7(4)). */
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public DetectionOrderView submit(@NotNull DetectionOrderId id) {
        DetectionOrderAction action = DetectionOrderAction.DETECTION_ORDER_SUBMITTED;
        DetectionOrder order = moves.load(id, action, o -> DetectionOrderVisibility.coordinator(caller, o));
        DetectionOrderProfile rules = profileRules.of(order.profile());
        moves.move(order, action, "to the issuing authority of " + order.memberState(), (o, actor, now) -> o.submit(rules, actor, now));
        return DetectionOrderViews.view(order);
    }

    /** Withdraws a request not yet submitted, with a reason. */
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public DetectionOrderView withdraw(@NotNull DetectionOrderId id, @NotBlank @Size(max = 500) @CleanText(multiLine = true) String reason) {
        DetectionOrderAction action = DetectionOrderAction.DETECTION_ORDER_WITHDRAWN;
        DetectionOrder order = moves.load(id, action, o -> DetectionOrderVisibility.coordinator(caller, o));
        boolean opinionPending = order.consultationSentAt() != null && order.opinionAt() == null
                && clock.instant().isBefore(order.opinionDueAt());
        moves.move(order, action, reason, (o, actor, now) -> o.withdraw(reason, actor, now));
        if (opinionPending) {
            order.opinionDeadline().ifPresent(d -> deadlines.cancel(new DeadlineId(d), "request withdrawn"));
        }
        return DetectionOrderViews.view(order);
    }

    static DeadlineSubject subject(DetectionOrder order) {
        return new DeadlineSubject(SUBJECT_TYPE, order.id().toString());
    }
}

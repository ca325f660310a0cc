package eu.csar.penalties.application;

import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.legal.api.ProfileKey;
import eu.csar.legal.api.ProfileRef;
import eu.csar.legal.application.LegalProfiles;
import eu.csar.orders.api.OrderKind;
import eu.csar.orders.api.OrderRef;
import eu.csar.orders.application.OrderSubjects;
import eu.csar.penalties.api.FactorEntry;
import eu.csar.penalties.api.LinkKind;
import eu.csar.penalties.api.PenaltyCalculation;
import eu.csar.penalties.api.PenaltyCaseId;
import eu.csar.penalties.api.PenaltyCaseState;
import eu.csar.penalties.api.PenaltyKind;
import eu.csar.penalties.api.PenaltyQuestion;
import eu.csar.penalties.domain.PenaltyCalculator;
import eu.csar.penalties.domain.PenaltyCase;
import eu.csar.penalties.domain.PenaltyCaseAction;
import eu.csar.penalties.domain.PenaltyCaseLink;
import eu.csar.penalties.domain.PenaltyCaseRepository;
import eu.csar.registry.api.ProviderAddressee;
import eu.csar.registry.application.ProviderDirectory;
import eu.csar.reports.api.ReportId;
import eu.csar.reports.application.ReportSubjects;
import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.CleanText;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;
import eu.csar.shared.domain.RuleViolationException;
import eu.csar.shared.domain.UnknownObjectException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Penalty case files (Art 35 of COM(2022) 209), for the Coordinating Authorities only: an authority
 * opens a case against a provider under its jurisdiction (its Member State among the competent ones
 * the registry derives; any other provider is not found), linked to orders and reports checked to
 * concern that provider; records the factor checklist of Art 35(6) and the annual worldwide turnover;
 * decides within the cap of Art 35(4)-(5) under the legal-profile version pinned on opening (above it:
 * refused, naming the Article, nothing stored); closes or withdraws. Another Member State's case does
 * not exist for the caller (404). A case holds a provider's turnover (confidential business data), so
 * every read is audited as well as every write, and a refusal in its own transaction. EU Centre staff
 * have no role in national penalty decisions (Art 35 is the Member States' competence): they do not
 * read case files; auditors see their trail.
 */
@Stateless
public class PenaltyCases {

    static final String PURPOSE = "penalty case (Art 35)";
    static final String OBJECT_TYPE = "PenaltyCase";
    static final int MAX_PAGE = 100;

    @Inject
    PenaltyCaseRepository cases;

    @Inject
    ProviderDirectory providers;

    @Inject
    OrderSubjects orders;

    @Inject
    ReportSubjects reports;

    @Inject
    LegalProfiles profiles;

    @Inject
    AuditRecorder audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** Opens a case against a provider under the jurisdiction of the caller's Member State; 404 for any other provider. */
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public PenaltyCaseView open(@NotNull @Valid NewPenaltyCase c) {
        PenaltyCaseAction action = PenaltyCaseAction.PENALTY_CASE_OPENED;
        try {
            Optional<ProviderAddressee> provider = providers.addressee(c.providerId());
            Set<MemberState> mine = EnumSet.noneOf(MemberState.class);
            mine.addAll(caller.memberStates());
            provider.ifPresent(p -> mine.retainAll(p.jurisdiction().memberStates()));
            if (provider.isEmpty() || mine.isEmpty() || (c.memberState() != null && !mine.contains(c.memberState()))) {
                audit.refusal(action, c.providerId(), PURPOSE + "; provider not under the caller's jurisdiction", AuditOutcome.NOT_FOUND);
                throw new UnknownObjectException("Provider", c.providerId());
            }
            if (c.memberState() == null && mine.size() > 1) {
                throw RuleViolationException.invalid("memberState",
                        "Name the Member State the case is for");
            }
            MemberState memberState = c.memberState() != null ? c.memberState() : mine.iterator().next();
            String profileId = c.profile() == null || c.profile().isBlank() ? PenaltyCalculations.DEFAULT_PROFILE : c.profile().trim();
            ProfileRef ref;
            try {
                ref = profiles.pin(profileId);
                profiles.list(ref, ProfileKey.PENALTY__FACTORS);
            } catch (UnknownObjectException unknown) {
                throw RuleViolationException.invalid("profile",
                        "No legal profile " + profileId + " with the penalty factors of Art 35(6)");
            }
            List<PenaltyCaseLink> links = links(c.links(), provider.get());
            Instant now = clock.instant();
            String number = cases.nextCaseNumber(memberState, now.atZone(ZoneOffset.UTC).getYear());
            PenaltyCase penaltyCase = PenaltyCase.open(number, memberState, c.providerId(), provider.get().legalName(), ref.profileId(),
                    ref.version(), c.summary(), links, audit.actorName(), now);
            cases.add(penaltyCase);
            cases.flush();
            audit.success(action, penaltyCase.id(), PURPOSE + "; " + number + " against provider " + c.providerId() + " by "
                    + memberState + " under " + ref + "; " + links.size() + " order(s)/report(s) linked");
            return view(penaltyCase);
        } catch (RuleViolationException refused) {
            audit.refusal(action, null, PURPOSE + "; " + refused.getMessage(), AuditOutcome.REFUSED);
            throw refused;
        }
    }

    /** One page of the cases of the caller's Member States, newest first; {@code state} null for all. */
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public PenaltyCaseView.Page list(PenaltyCaseState state, @Min(0) int page, @Min(1) @Max(MAX_PAGE) int size) {
        Set<MemberState> scope = caller.memberStates();
        boolean none = scope.isEmpty();
        List<PenaltyCase> found = none ? List.of() : cases.page(scope, state, page * size, size);
        long total = none ? 0 : cases.count(scope, state);
        audit.success(PenaltyCaseAction.PENALTY_CASE_LIST_READ, null, PURPOSE + "; " + (state == null ? "all" : state)
                + ", page " + page + ", " + found.size() + " of " + total);
        return new PenaltyCaseView.Page(found.stream().map(PenaltyCaseView.Summary::of).toList(), page, size, total);
    }

    /** One case with its checklist, turnover, decision and history; another Member State's is not found. */
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public PenaltyCaseView penaltyCase(@NotNull PenaltyCaseId id) {
        PenaltyCaseAction action = PenaltyCaseAction.PENALTY_CASE_READ;
        PenaltyCase found = visible(cases.find(id), action, id);
        audit.success(action, id, PURPOSE + "; " + found.caseNumber());
        return view(found);
    }

    /** Records the assessment of some or all factors of Art 35(6), as the case's profile version lists them. */
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public PenaltyCaseView recordFactors(@NotNull PenaltyCaseId id, @NotNull @Size(max = 50) List<@NotNull FactorEntry> factors) {
        PenaltyCaseAction action = PenaltyCaseAction.PENALTY_CASE_FACTORS_RECORDED;
        PenaltyCase c = load(id, action);
        List<String> listed = listed(c);
        return written(c, action, factors.size() + " factor(s)", () -> c.recordFactors(listed, factors, audit.actorName(), clock.instant()));
    }

    /**
     * Records the provider's annual worldwide turnover of a business year (euro, cents at most) and
     * the year's length in days ({@code null}: that of the calendar year).
     */
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public PenaltyCaseView recordTurnover(@NotNull PenaltyCaseId id,
                                          @NotNull @DecimalMin("0") @Digits(integer = PenaltyQuestion.MAX_DIGITS, fraction = 2) BigDecimal annualTurnover,
                                          @Min(PenaltyCase.FIRST_BUSINESS_YEAR) @Max(9999) int businessYear,
                                          @Min(365) @Max(366) Integer businessYearDays) {
        PenaltyCaseAction action = PenaltyCaseAction.PENALTY_CASE_TURNOVER_RECORDED;
        PenaltyCase c = load(id, action);
        int days = businessYearDays != null ? businessYearDays : Year.of(businessYear).length();
        // the amount is confidential: the trail says that it was recorded, for which year, not how much
        return written(c, action, "business year " + businessYear,
                () -> c.recordTurnover(annualTurnover, businessYear, days, audit.actorName(), clock.instant()));
    }

    /**
     * The calculation a decision of {@code kind} and {@code proposedAmount} would get under the case's
     * profile version and turnover, without deciding: what the decision form shows. Above the cap: refused, naming the Article.
     */
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public PenaltyCalculation preview(@NotNull PenaltyCaseId id, @NotNull PenaltyKind kind,
                                      @NotNull @DecimalMin("0") @Digits(integer = PenaltyQuestion.MAX_DIGITS, fraction = 2) BigDecimal proposedAmount,
                                      @Min(1) @Max(PenaltyQuestion.MAX_DAYS) Integer days) {
        PenaltyCaseAction action = PenaltyCaseAction.PENALTY_CASE_READ;
        PenaltyCase c = visible(cases.find(id), action, id);
        if (c.annualTurnover() == null) {
            throw RuleViolationException.invalid("annualTurnover",
                    "Record the annual worldwide turnover first");
        }
        audit.success(action, id, PURPOSE + "; " + c.caseNumber() + "; calculation of a " + kind);
        return PenaltyCalculator.calculate(PenaltyCalculations.cap(profiles, ref(c), kind),
                new PenaltyQuestion(kind, c.annualTurnover(), c.businessYearDays(), proposedAmount, days));
    }

    /** Decides the penalty within the cap under the case's profile version; above it: 400 naming the Article, nothing stored. */
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public PenaltyCaseView decide(@NotNull PenaltyCaseId id, @NotNull PenaltyKind kind,
                                  @NotNull @DecimalMin("0") @Digits(integer = PenaltyQuestion.MAX_DIGITS, fraction = 2) BigDecimal proposedAmount,
                                  @Min(1) @Max(PenaltyQuestion.MAX_DAYS) Integer days,
                                  @NotBlank @Size(max = PenaltyCase.MAX_REASONING) @CleanText(multiLine = true) String reasoning) {
        PenaltyCaseAction action = PenaltyCaseAction.PENALTY_CASE_DECIDED;
        PenaltyCase c = load(id, action);
        List<String> listed = listed(c);
        return written(c, action, kind + (days == null ? "" : " for " + days + " day(s)"), () -> c.decide(listed,
                PenaltyCalculations.cap(profiles, ref(c), kind), proposedAmount, days, reasoning, audit.actorName(), clock.instant()));
    }

    /** Closes a decided case. */
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public PenaltyCaseView close(@NotNull PenaltyCaseId id, @Size(max = PenaltyCase.MAX_REASON) @CleanText(multiLine = true) String reason) {
        PenaltyCaseAction action = PenaltyCaseAction.PENALTY_CASE_CLOSED;
        PenaltyCase c = load(id, action);
        return written(c, action, null, () -> c.close(reason, audit.actorName(), clock.instant()));
    }

    /** Withdraws an open case, with a reason. */
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public PenaltyCaseView withdraw(@NotNull PenaltyCaseId id,
                                    @NotBlank @Size(max = PenaltyCase.MAX_REASON) @CleanText(multiLine = true) String reason) {
        PenaltyCaseAction action = PenaltyCaseAction.PENALTY_CASE_WITHDRAWN;
        PenaltyCase c = load(id, action);
        return written(c, action, null, () -> c.withdraw(reason, audit.actorName(), clock.instant()));
    }

    /** Whether the caller is the Coordinating Authority of the case's Member State. */
    static boolean canSee(Caller caller, PenaltyCase c) {
        return caller.hasRole(Roles.COORDINATING_AUTHORITY) && caller.memberStates().contains(c.memberState());
    }

    private List<PenaltyCaseLink> links(List<NewPenaltyCase.Link> requested, ProviderAddressee provider) {
        List<PenaltyCaseLink> links = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            NewPenaltyCase.Link link = requested.get(i);
            Optional<String> reference = link.kind() == LinkKind.REPORT
                    ? reports.provider(new ReportId(link.id())).filter(provider.id()::equals).map(p -> "report " + link.id())
                    : orders.find(new OrderRef(orderKind(link.kind()), link.id())).filter(o -> o.provider().equals(provider.id()))
                    .map(o -> o.reference());
            int index = i;
            links.add(new PenaltyCaseLink(link.kind(), link.id(), reference.orElseThrow(() -> RuleViolationException.invalid(
                    "links[" + index + "].id", "There is no "
                    + link.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + link.id() + " concerning "
                    + provider.legalName()))));
        }
        return links;
    }

    static OrderKind orderKind(LinkKind kind) {
        return switch (kind) {
            case REMOVAL_ORDER -> OrderKind.REMOVAL;
            case DETECTION_ORDER -> OrderKind.DETECTION;
            case BLOCKING_ORDER -> OrderKind.BLOCKING;
            case DELISTING_ORDER -> OrderKind.DELISTING;
            case REPORT -> throw new IllegalArgumentException("a report is not an order");
        };
    }

    private PenaltyCase visible(Optional<PenaltyCase> found, PenaltyCaseAction action, PenaltyCaseId id) {
        return found.filter(c -> canSee(caller, c)).orElseThrow(() -> {
            audit.refusal(action, id, PURPOSE, AuditOutcome.NOT_FOUND);
            return new UnknownObjectException(OBJECT_TYPE, id);
        });
    }

    private PenaltyCase load(PenaltyCaseId id, PenaltyCaseAction action) {
        return visible(cases.findForUpdate(id), action, id);
    }

    private PenaltyCaseView written(PenaltyCase c, PenaltyCaseAction action, String detail, Runnable step) {
        try {
            step.run();
        } catch (RuleViolationException refused) {
            audit.refusal(action, c.id(), PURPOSE + "; " + c.caseNumber() + "; " + refused.getMessage(), AuditOutcome.REFUSED);
            throw refused;
        }
        cases.flush();
        audit.success(action, c.id(), PURPOSE + "; " + c.caseNumber() + "; " + c.state() + (detail == null ? "" : "; " + detail));
        return view(c);
    }

    private static ProfileRef ref(PenaltyCase c) {
        return new ProfileRef(c.profileId(), c.profileVersion());
    }

    private List<String> listed(PenaltyCase c) {
        return profiles.list(ref(c), ProfileKey.PENALTY__FACTORS);
    }

    private PenaltyCaseView view(PenaltyCase c) {
        return PenaltyCaseView.of(c, listed(c));
    }
}

package eu.csar.reports.application;

import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.detection.pdq.PdqHash;
import eu.csar.indicators.api.IndicatorId;
import eu.csar.indicators.api.IndicatorProvenance;
import eu.csar.indicators.application.IndicatorProvenances;
import eu.csar.legal.api.LegalPeriod;
import eu.csar.legal.api.ProfileKey;
import eu.csar.legal.api.ProfileRef;
import eu.csar.legal.application.LegalProfiles;
import eu.csar.reports.api.Jurisdiction;
import eu.csar.reports.api.ReportId;
import eu.csar.reports.api.ReportState;
import eu.csar.reports.api.UnfoundedReason;
import eu.csar.reports.domain.EvidenceItem;
import eu.csar.reports.domain.PublicMaterialRepository;
import eu.csar.reports.domain.Report;
import eu.csar.reports.domain.ReportAction;
import eu.csar.reports.domain.ReportRepository;
import eu.csar.reports.domain.ReportReview;
import eu.csar.reports.domain.ReviewQueueRow;
import eu.csar.reports.domain.TriageHit;
import eu.csar.reports.domain.TriageRepository;
import eu.csar.reports.domain.TriageResult;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.CleanText;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.RuleViolationException;
import eu.csar.shared.domain.UnknownObjectException;
import eu.csar.vault.api.RevealPurpose;
import eu.csar.vault.api.RevealedContent;
import eu.csar.vault.api.VaultItemId;
import eu.csar.vault.application.EvidenceVault;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The review desk of the EU Centre's reviewers (Art 48 of COM(2022) 209): the prioritised queue,
 * a report with its content and evidence, claim and release (and the take-over of a claim abandoned
 * longer than {@link ReviewSettings#claimTimeout()}), and the decision: forward, with the
 * jurisdiction determination, or manifestly unfounded, with a reason from {@link UnfoundedReason}
 * and the reviewer's internal note; where the report's legal profile sets
 * {@code report.manifestly-unfounded-four-eyes}, a second reviewer other than the first confirms
 * that finding. Only the claimant acts on a claimed report, and only the claimant sees evidence
 * content: blurred and grey first ({@link ReviewerImages}), sharp on a second step, each an audited
 * reveal from the evidence vault with its purpose. Every move writes a history row and an audit
 * entry; a refusal is audited in its own transaction.
 */
@Stateless
public class ReviewDesk {

    static final String PURPOSE = "report assessment (Art 48)";
    static final int QUEUE_SIZE = 200;

    @Inject
    ReportRepository reports;

    @Inject
    PublicMaterialRepository material;

    @Inject
    AuditRecorder audit;

    @Inject
    Clock clock;

    @Inject
    EvidenceVault vault;

    @Inject
    LegalProfiles profiles;

    @Inject
    ReviewSettings settings;

    @Inject
    TriageRepository triages;

    @Inject
    IndicatorProvenances indicators;

    @Inject
    ForwardPlanner planner;

    /** Evidence content as the desk shows it: the bytes and their media type. */
    public record EvidenceImage(byte[] content, String mediaType) {
    }

    /**
     * The queue: reports waiting for a reviewer or held by one, urgent first, then by triage score,
     * then the oldest. Ids, flags and times only, no content: not audited.
     */
    @RolesAllowed(Roles.CENTRE_REVIEWER)
    public List<ReviewQueueRow> queue() {
        return reports.reviewQueue(QUEUE_SIZE);
    }

    /** How many decisions the caller took today (UTC): the desk's personal daily count. */
    @RolesAllowed(Roles.CENTRE_REVIEWER)
    public long myDecisionsToday() {
        Instant today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate().atStartOfDay(ZoneOffset.UTC).toInstant();
        return reports.decisionsBy(audit.actorName(), today);
    }

    /** After how long on the desk a reviewer is reminded to take a break. */
    @RolesAllowed(Roles.CENTRE_REVIEWER)
    public Duration breakAfter() {
        return settings.breakAfter();
    }

    /**
     * A report on the desk, in any state after it was finished, with its triage panel; audited as a
     * read (the matched indicators' provenance is read through the indicators context, which audits
     * each indicator read).
     */
    @RolesAllowed(Roles.CENTRE_REVIEWER)
    public ReviewView report(@NotNull ReportId id) {
        Report report = reports.find(id).filter(r -> r.state() != ReportState.OPEN)
                .orElseThrow(() -> notFound(ReportAction.REPORT_REVIEW_OPENED, id));
        audit.success(ReportAction.REPORT_REVIEW_OPENED, id, PURPOSE + "; " + report.state());
        return view(report).withTriage(triage(report)).withMaterial(material.of(id));
    }

    /**
     * Claims the report (or its second review) for the caller; a claim the caller holds stays. A
     * claim of another reviewer is refused (409), unless it is abandoned: then the caller takes it over.
     */
    @RolesAllowed(Roles.CENTRE_REVIEWER)
    public ReviewView claim(@NotNull ReportId id) {
        Report report = locked(id, ReportAction.REPORT_CLAIMED);
        String me = audit.actorName();
        Instant now = clock.instant();
        Duration timeout = settings.claimTimeout();
        if (report.state().claimed() && !report.claimedBy(me) && report.claimAbandoned(timeout, now)) {
            return move(report, ReportAction.REPORT_CLAIM_TAKEN_OVER, r -> r.takeOver(me, timeout, now),
                    "taken over from " + report.review().claimedBy());
        }
        return move(report, ReportAction.REPORT_CLAIMED, r -> r.claim(me, now), null);
    }

    /** The claimant puts the report back in the queue. */
    @RolesAllowed(Roles.CENTRE_REVIEWER)
    public ReviewView release(@NotNull ReportId id) {
        return move(locked(id, ReportAction.REPORT_RELEASED), ReportAction.REPORT_RELEASED,
                r -> r.release(audit.actorName(), clock.instant()), null);
    }

    /**
     * The claimant decides to forward the report to the Member States chosen and/or Europol (Europol
     * alone when none is chosen). In the same commit, one delivery per recipient is queued
     * ({@link ForwardPlanner}); the report is FORWARD_DECIDED until {@link ReportForwarding} delivered them all.
     */
    @RolesAllowed(Roles.CENTRE_REVIEWER)
    public ReviewView decideForward(@NotNull ReportId id, @NotNull Set<@NotNull MemberState> memberStates, boolean europol) {
        Jurisdiction jurisdiction = Jurisdiction.decided(memberStates, europol);
        Report report = locked(id, ReportAction.REPORT_FORWARD_DECIDED);
        ProfileRef profile = report.legalProfile();
        LegalPeriod informAfter = LegalPeriod.parse(profiles.period(profile, ProfileKey.REPORT__USER_INFORMATION_DELAY));
        ReviewView view = move(report, ReportAction.REPORT_FORWARD_DECIDED, r -> {
            r.decideForward(audit.actorName(), jurisdiction, profile.profileId(), profile.version(), clock.instant());
            r.scheduleUserInformation(informAfter);
        }, "to " + jurisdiction);
        planner.plan(report);
        return view;
    }

    /**
     * The claimant finds the report manifestly unfounded for {@code reason}, with an internal
     * {@code note}: decided, or (four eyes per the profile) proposed for a second reviewer.
     */
    @RolesAllowed(Roles.CENTRE_REVIEWER)
    public ReviewView findUnfounded(@NotNull ReportId id, @NotNull UnfoundedReason reason,
                                    @Size(max = ReportReview.MAX_NOTE) @CleanText(multiLine = true) String note) {
        Report report = locked(id, ReportAction.REPORT_UNFOUNDED_PROPOSED);
        ProfileRef profile = report.legalProfile();
        boolean fourEyes = fourEyes(profile);
        ReportAction action = fourEyes ? ReportAction.REPORT_UNFOUNDED_PROPOSED : ReportAction.REPORT_UNFOUNDED_DECIDED;
        return move(report, action, r -> r.findUnfounded(audit.actorName(), reason, note, fourEyes,
                profile.profileId(), profile.version(), clock.instant()), reason.name());
    }

    /** The second reviewer (the claimant, never the first reviewer) confirms a manifestly-unfounded finding. */
    @RolesAllowed(Roles.CENTRE_REVIEWER)
    public ReviewView confirmUnfounded(@NotNull ReportId id,
                                       @Size(max = ReportReview.MAX_NOTE) @CleanText(multiLine = true) String note) {
        return move(locked(id, ReportAction.REPORT_UNFOUNDED_CONFIRMED), ReportAction.REPORT_UNFOUNDED_CONFIRMED,
                r -> r.confirmUnfounded(audit.actorName(), note, clock.instant()), null);
    }

    /**
     * The content of evidence item {@code position} for the claimant only: blurred and grey
     * ({@code sharp} false, a PNG the server made), or as stored ({@code sharp} true). Each call is a
     * reveal from the vault, audited there with its purpose (the second review's for a second reviewer)
     * and here with which view was shown.
     */
    @RolesAllowed(Roles.CENTRE_REVIEWER)
    public EvidenceImage evidence(@NotNull ReportId id, @Min(1) int position, boolean sharp) {
        ReportAction action = ReportAction.REPORT_EVIDENCE_VIEWED;
        Report report = reports.find(id).orElseThrow(() -> notFound(action, id));
        String view = sharp ? "sharp" : "blurred and grey";
        String what = PURPOSE + "; item " + position + ", " + view;
        if (!report.claimedBy(audit.actorName())) {
            throw refused(action, id, what, "Evidence is shown to the reviewer who claimed the report only");
        }
        EvidenceItem item = report.evidence().stream().filter(e -> e.position() == position && e.vaultItemId() != null)
                .findFirst().orElseThrow(() -> notFound(action, id));
        RevealPurpose purpose = report.state() == ReportState.IN_SECOND_REVIEW ? RevealPurpose.SECOND_REVIEW
                : RevealPurpose.REPORT_ASSESSMENT;
        RevealedContent content = vault.reveal(new VaultItemId(item.vaultItemId()), purpose);
        EvidenceImage image = sharp ? new EvidenceImage(content.content(), content.mediaType())
                : ReviewerImages.blurredGrey(content.content()).map(png -> new EvidenceImage(png, "image/png"))
                .orElseThrow(() -> refused(action, id, what, "This item is not an image the desk can blur; it is not shown"));
        audit.success(action, id, what + "; " + purpose.auditText());
        return image;
    }

    private ReviewView move(Report report, ReportAction action, Consumer<Report> step, String detail) {
        ReportState from = report.state();
        try {
            step.accept(report);
        } catch (RuleViolationException e) {
            audit.refusal(action, report.id(), PURPOSE + "; " + e.getMessage(), AuditOutcome.REFUSED);
            throw e;
        }
        reports.flush();
        audit.success(action, report.id(), PURPOSE + "; " + from + " -> " + report.state() + (detail == null ? "" : "; " + detail));
        return view(report);
    }

    private TriagePanel triage(Report report) {
        TriageResult triage = triages.find(report.id().value()).orElse(null);
        if (triage == null) {
            return TriagePanel.NOT_YET;
        }
        List<IndicatorId> known = triage.hits().stream().filter(h -> h.hit() == TriageHit.Kind.KNOWN)
                .map(h -> new IndicatorId(h.indicatorId())).distinct().toList();
        List<IndicatorProvenance> provenance = known.isEmpty() ? List.of()
                : indicators.forReview(known, PURPOSE + "; report " + report.id().value());
        Map<Integer, String> computed = new TreeMap<>();
        triages.computedPdq(report.id().value()).forEach((position, w) -> computed.put(position,
                PdqHash.ofWords(w[0], w[1], w[2], w[3]).toHex()));
        return TriagePanel.of(triage, report.evidence(), computed, provenance, reports.earlier(triage.earlierReports()));
    }

    private ReviewView view(Report report) {
        ProfileRef profile = report.review().profile() == null ? report.legalProfile()
                : new ProfileRef(report.review().profile(), report.review().profileVersion());
        return ReviewView.of(report, audit.actorName(), report.claimAbandoned(settings.claimTimeout(), clock.instant()),
                fourEyes(profile));
    }

    private boolean fourEyes(ProfileRef profile) {
        return Boolean.parseBoolean(profiles.value(profile, ProfileKey.REPORT__MANIFESTLY_UNFOUNDED_FOUR_EYES).text());
    }

    /** The report, locked for the move; an OPEN one is not the desk's (not found). */
    private Report locked(ReportId id, ReportAction action) {
        return reports.findForUpdate(id).filter(r -> r.state() != ReportState.OPEN).orElseThrow(() -> notFound(action, id));
    }

    private RuleViolationException refused(ReportAction action, ReportId id, String what, String why) {
        audit.refusal(action, id, what + "; " + why, AuditOutcome.REFUSED);
        return new RuleViolationException(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, null, why);
    }

    private UnknownObjectException notFound(ReportAction action, ReportId id) {
        audit.refusal(action, id, PURPOSE, AuditOutcome.NOT_FOUND);
        return new UnknownObjectException(ReportIntake.OBJECT_TYPE, id);
    }

}

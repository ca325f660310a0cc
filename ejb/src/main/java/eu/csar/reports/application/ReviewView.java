package eu.csar.reports.application;

import eu.csar.reports.api.Jurisdiction;
import eu.csar.reports.api.ReportState;
import eu.csar.reports.api.UnfoundedReason;
import eu.csar.reports.domain.PublicMaterial;
import eu.csar.reports.domain.Report;
import eu.csar.reports.domain.ReportEvent;
import eu.csar.reports.domain.ReportReview;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A report as a centre reviewer sees it on the desk: its Art 13 content, evidence and whole history
 * ({@code report}, in every state), the claim (and whether it is the viewer's, or abandoned), a
 * four-eyes finding waiting for its second reviewer, the decision, and the desk's proposal of the
 * jurisdiction, and whether the platform took the decision itself ({@code automatic}: every evidence item
 * matched a verified indicator, {@code automaticIndicators}; {@link AutomaticForwarding}). What the viewer
 * may do is in {@link #actions()}; the platform's own step is never among them. {@code triage} is what triage found
 * ({@link TriagePanel}), read when the report is opened on the desk ({@link ReviewDesk#report}); null
 * in the views the desk's moves return (triage is written once, so the page keeps the one it opened with).
 */
public record ReviewView(ReportView report, String claimedBy, Instant claimedAt, boolean claimedByViewer,
                         boolean claimAbandoned, String proposedBy, UnfoundedReason unfoundedReason, String unfoundedNote,
                         ReportReview.Decision decision, String decidedBy, Instant decidedAt, Jurisdiction jurisdiction,
                         Jurisdiction proposedJurisdiction, boolean fourEyes, List<ReportEvent> actions,
                         boolean automatic, List<UUID> automaticIndicators, TriagePanel triage) implements Serializable {

    public ReportState state() {
        return report.state();
    }

    /** Whether the viewer may take {@code event} now (what the page shows as buttons). */
    public boolean may(String event) {
        return actions.stream().anyMatch(a -> a.name().equals(event));
    }

    /** This view with the triage panel. */
    ReviewView withTriage(TriagePanel panel) {
        return new ReviewView(report, claimedBy, claimedAt, claimedByViewer, claimAbandoned, proposedBy, unfoundedReason,
                unfoundedNote, decision, decidedBy, decidedAt, jurisdiction, proposedJurisdiction, fourEyes, actions, automatic,
                automaticIndicators, panel);
    }

    /** This view with the removal checks of the report's public URLs ({@link ReportView.Feedback#publicMaterial()}). */
    ReviewView withMaterial(List<PublicMaterial> material) {
        return new ReviewView(report.withMaterial(material), claimedBy, claimedAt, claimedByViewer, claimAbandoned, proposedBy,
                unfoundedReason, unfoundedNote, decision, decidedBy, decidedAt, jurisdiction, proposedJurisdiction, fourEyes, actions,
                automatic, automaticIndicators, triage);
    }

    static ReviewView of(Report r, String viewer, boolean abandoned, boolean fourEyes) {
        ReportReview review = r.review();
        boolean mine = r.claimedBy(viewer);
        List<ReportEvent> actions = r.possibleEvents().stream().filter(e -> !e.byProvider()).filter(e -> switch (e) {
            case CLAIM -> !(r.state() == ReportState.AWAITING_SECOND_REVIEW && viewer.equals(review.proposedBy()));
            case TAKE_OVER -> !mine && abandoned && !viewer.equals(review.proposedBy());
            case DECIDE_UNFOUNDED -> mine && !fourEyes;
            case PROPOSE_UNFOUNDED -> mine && fourEyes;
            case DECIDE_FORWARD_AUTOMATICALLY -> false;
            default -> mine;
        }).sorted().toList();
        return new ReviewView(ReportView.forCentre(r), review.claimedBy(), review.claimedAt(), mine, abandoned, review.proposedBy(),
                review.unfoundedReason(), review.unfoundedNote(), review.decision(), review.decidedBy(), review.decidedAt(),
                review.jurisdiction(), r.proposedJurisdiction(), fourEyes, actions, review.automatic(), review.indicators(), null);
    }
}

package eu.csar.reports.domain;

import eu.csar.audit.api.AuditAction;

/** What report intake, triage, the review desk, forwarding and the removal checks record on the audit trail (Art 12-13, 48, 49): every write, every read of a report, each triage and redelivery, each check. */
public enum ReportAction implements AuditAction {
    REPORT_OPENED,
    REPORT_EVIDENCE_ATTACHED,
    REPORT_FINISHED,
    REPORT_RETRACTED,
    /** A report opened, given its evidence and finished in one call. */
    REPORT_SUBMITTED,
    /** A report was read by its provider. */
    REPORT_READ,
    /** The Centre's detection job triaged a finished report (known material, seen before; actor: system). */
    REPORT_TRIAGED,
    /**
     * A report's triage gained SEEN_BEFORE hits naming an earlier report that was triaged after it (actor:
     * system; the object is the later report, the purpose names the earlier one, the hits and the new score).
     */
    REPORT_TRIAGE_AMENDED,
    /** An operator put a detection job from the dead-letter queue back on the triage queue (or was refused). */
    REPORT_TRIAGE_JOB_REDELIVERED,
    /** A provider listed its own reports (one page). */
    REPORT_LIST_READ,
    /** A centre reviewer opened a report on the review desk. */
    REPORT_REVIEW_OPENED,
    REPORT_CLAIMED,
    REPORT_RELEASED,
    /** A reviewer took over a claim abandoned longer than the desk's claim timeout. */
    REPORT_CLAIM_TAKEN_OVER,
    REPORT_FORWARD_DECIDED,
    /**
     * The platform decided to forward a report without a reviewer: every evidence item matched a verified
     * indicator and the legal profile allows it (actor: system; the purpose names the indicators).
     */
    REPORT_FORWARD_DECIDED_AUTOMATICALLY,
    REPORT_UNFOUNDED_DECIDED,
    /** A first reviewer found the report manifestly unfounded; a second must confirm (four eyes). */
    REPORT_UNFOUNDED_PROPOSED,
    REPORT_UNFOUNDED_CONFIRMED,
    /** A reviewer looked at evidence content on the desk (blurred and grey, or sharp; the purpose says which). */
    REPORT_EVIDENCE_VIEWED,
    /** One attempt to deliver a forwarded report to one recipient (the delivery log; actor: system). */
    REPORT_DELIVERY_ATTEMPTED,
    /** A delivery failed its last allowed attempt and rests on the dead-letter queue. */
    REPORT_DELIVERY_DEAD,
    /** A recipient that pulls fetched a waiting delivery of the report (GET /api/v1/deliveries), or found none waiting. */
    REPORT_DELIVERY_PULLED,
    /** A recipient that pulls acknowledged a delivery (DELIVERED), or was refused. */
    REPORT_DELIVERY_ACKNOWLEDGED,
    /** An operator delivered a FAILED or DEAD delivery again (PENDING, its job queued), or was refused. */
    REPORT_DELIVERY_REDELIVERED,
    /** Every recipient received the report (FORWARD_DECIDED -> FORWARDED). */
    REPORT_FORWARDED,
    /** Law enforcement or Europol asked that the user not be informed until a time (Art 48(6)(a)), or was refused. */
    REPORT_USER_INFORMATION_HELD,
    /** The Centre began checking the public URLs of a report it decided to forward (issue 11 §4; actor: system). */
    REPORT_REMOVAL_CHECKS_STARTED,
    /** One removal check of a public URL of a report: a HEAD request and what came back (actor: system). */
    REPORT_REMOVAL_CHECKED,
    /** A public URL of a report was found removed; its removed_at is recorded (actor: system). */
    REPORT_MATERIAL_REMOVED,
    /** A reviewer or operator listed public material under removal checks (still online after them, or a page of the screen's list). */
    REPORT_MATERIAL_LIST_READ,
    /** A reviewer or operator read the check log of one public URL of the report. */
    REPORT_MATERIAL_CHECKS_READ,
    /** A centre administrator asked for a removal check of a public URL at once (or was refused). */
    REPORT_REMOVAL_CHECK_REQUESTED;

    @Override
    public String objectType() {
        return "Report";
    }

    /** The action recording a move of the workflow. */
    public static ReportAction of(ReportEvent event) {
        return switch (event) {
            case FINISH -> REPORT_FINISHED;
            case RETRACT -> REPORT_RETRACTED;
            case CLAIM -> REPORT_CLAIMED;
            case RELEASE -> REPORT_RELEASED;
            case TAKE_OVER -> REPORT_CLAIM_TAKEN_OVER;
            case DECIDE_FORWARD -> REPORT_FORWARD_DECIDED;
            case DECIDE_FORWARD_AUTOMATICALLY -> REPORT_FORWARD_DECIDED_AUTOMATICALLY;
            case DECIDE_UNFOUNDED -> REPORT_UNFOUNDED_DECIDED;
            case PROPOSE_UNFOUNDED -> REPORT_UNFOUNDED_PROPOSED;
            case CONFIRM_UNFOUNDED -> REPORT_UNFOUNDED_CONFIRMED;
            case FORWARD -> REPORT_FORWARDED;
        };
    }
}

package eu.csar.orders.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What happens to a detection order while it is executed, after the provider received it: the
 * mid-term execution report the order needs when it runs longer than the profile's threshold
 * (Art 9(3): when it falls due, the provider's report and when it came), and the provider's latest
 * Annex II answer (Art 8(3): the ground, the explanation, the clarification it asks for, when) with
 * the Coordinating Authority's clarification that resumed the order. Earlier answers stay in the
 * order's history. Part of {@link DetectionOrder}, which alone moves it.
 */
@Embeddable
public class DetectionOrderExecution {

    @Column(name = "mid_term_report_due_at")
    private Instant midTermReportDueAt;

    @Column(name = "mid_term_deadline_id")
    private UUID midTermDeadlineId;

    @Column(name = "mid_term_report")
    private String midTermReport;

    @Column(name = "mid_term_report_at")
    private Instant midTermReportAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "annex_ii_ground")
    private AnnexIiGround annexIiGround;

    @Column(name = "annex_ii_explanation")
    private String annexIiExplanation;

    @Column(name = "annex_ii_clarification_requested")
    private String clarificationRequested;

    @Column(name = "annex_ii_at")
    private Instant annexIiAt;

    @Column(name = "clarification")
    private String clarification;

    @Column(name = "clarified_at")
    private Instant clarifiedAt;

    protected DetectionOrderExecution() {
    }

    static DetectionOrderExecution none() {
        return new DetectionOrderExecution();
    }

    void midTermReportDue(Instant due) {
        midTermReportDueAt = due;
    }

    void midTermDeadline(UUID deadline) {
        midTermDeadlineId = deadline;
    }

    void midTermReport(String text, Instant at) {
        midTermReport = text;
        midTermReportAt = at;
    }

    void annexIi(AnnexIiGround ground, String explanation, String requested, Instant at) {
        annexIiGround = ground;
        annexIiExplanation = explanation;
        clarificationRequested = requested;
        annexIiAt = at;
        clarification = null;
        clarifiedAt = null;
    }

    void clarified(String text, Instant at) {
        clarification = text;
        clarifiedAt = at;
    }

    /** Halfway through an order that needs the report (Art 9(3)); moved on by a pause the profile lets it wait for. */
    public Optional<Instant> midTermReportDueAt() {
        return Optional.ofNullable(midTermReportDueAt);
    }

    public Optional<UUID> midTermDeadline() {
        return Optional.ofNullable(midTermDeadlineId);
    }

    public String midTermReport() {
        return midTermReport;
    }

    public Instant midTermReportAt() {
        return midTermReportAt;
    }

    public Optional<AnnexIiGround> annexIiGround() {
        return Optional.ofNullable(annexIiGround);
    }

    public String annexIiExplanation() {
        return annexIiExplanation;
    }

    public String clarificationRequested() {
        return clarificationRequested;
    }

    /** When the latest Annex II answer came: the order has been paused since, unless {@link #clarifiedAt()} is later. */
    public Instant annexIiAt() {
        return annexIiAt;
    }

    public String clarification() {
        return clarification;
    }

    public Instant clarifiedAt() {
        return clarifiedAt;
    }
}

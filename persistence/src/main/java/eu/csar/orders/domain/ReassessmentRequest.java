package eu.csar.orders.domain;

import eu.csar.orders.api.ReassessmentOutcome;
import eu.csar.orders.api.ReassessmentRequester;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A request by the provider or a user to reassess a blocked URL believed mistaken (Art 18), on one
 * entry of the order, and the issuing authority's answer. Written by {@link UrlListOrder} only.
 */
@Entity
@Table(name = "url_list_order_reassessment_requests")
public class ReassessmentRequest {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    private UrlListOrder order;

    @Column(name = "indicator_id", nullable = false, updatable = false)
    private UUID indicatorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "requested_by", nullable = false, updatable = false)
    private ReassessmentRequester requestedBy;

    @Column(name = "reason", nullable = false, updatable = false)
    private String reason;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome")
    private ReassessmentOutcome outcome;

    @Column(name = "answer")
    private String answer;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected ReassessmentRequest() {
    }

    ReassessmentRequest(UrlListOrder order, UUID indicatorId, ReassessmentRequester requestedBy, String reason,
                        String recordedBy, Instant at) {
        this.id = UUID.randomUUID();
        this.order = order;
        this.indicatorId = indicatorId;
        this.requestedBy = requestedBy;
        this.reason = reason;
        this.recordedBy = recordedBy;
        this.requestedAt = at;
    }

    void answer(ReassessmentOutcome outcome, String answer, String by, Instant at) {
        this.outcome = outcome;
        this.answer = answer;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    public UUID id() {
        return id;
    }

    public UUID indicatorId() {
        return indicatorId;
    }

    public ReassessmentRequester requestedBy() {
        return requestedBy;
    }

    public String reason() {
        return reason;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    /** Null while unanswered. */
    public ReassessmentOutcome outcome() {
        return outcome;
    }

    public String answer() {
        return answer;
    }

    public String answeredBy() {
        return answeredBy;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public boolean open() {
        return outcome == null;
    }
}

package eu.csar.indicators.domain;

import eu.csar.indicators.api.ProvenanceSource;
import eu.csar.indicators.api.SubmissionId;
import eu.csar.shared.domain.MemberState;
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
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * A provenance link: one submission (or victim's request, or import job) that named the indicator,
 * with the decision and the process behind it. The indicator matches while it is ACTIVE and at
 * least one of its links is not withdrawn.
 */
@Entity
@Table(name = "indicator_provenance")
public class Provenance {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id", nullable = false, updatable = false)
    private Indicator indicator;

    @Column(name = "submission_id", updatable = false)
    private UUID submissionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, updatable = false)
    private ProvenanceSource source;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_state", updatable = false)
    private MemberState memberState;

    @Column(name = "authority", updatable = false)
    private String authority;

    @Column(name = "decision_reference", updatable = false)
    private String decisionReference;

    @Column(name = "decision_date", updatable = false)
    private LocalDate decisionDate;

    @Column(name = "victim_request_id", updatable = false)
    private UUID victimRequestId;

    @Column(name = "process", nullable = false, updatable = false)
    private String process;

    @Column(name = "process_version", nullable = false, updatable = false)
    private String processVersion;

    @Column(name = "label", updatable = false)
    private String label;

    @Column(name = "verified", nullable = false)
    private boolean verified;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_reason")
    private String withdrawnReason;

    protected Provenance() {
    }

    Provenance(Indicator indicator, Submission submission, String label, Instant at) {
        this.id = UUID.randomUUID();
        this.indicator = indicator;
        this.submissionId = submission.id().value();
        this.source = submission.source();
        this.memberState = submission.memberState();
        this.authority = submission.authority();
        this.decisionReference = submission.decisionReference();
        this.decisionDate = submission.decisionDate();
        this.process = submission.process();
        this.processVersion = submission.processVersion();
        this.label = label;
        this.addedAt = at.truncatedTo(ChronoUnit.MICROS);
    }

    public UUID id() {
        return id;
    }

    public Indicator indicator() {
        return indicator;
    }

    public Optional<SubmissionId> submission() {
        return Optional.ofNullable(submissionId).map(SubmissionId::new);
    }

    public ProvenanceSource source() {
        return source;
    }

    public MemberState memberState() {
        return memberState;
    }

    public String authority() {
        return authority;
    }

    public String decisionReference() {
        return decisionReference;
    }

    public LocalDate decisionDate() {
        return decisionDate;
    }

    public String process() {
        return process;
    }

    public String processVersion() {
        return processVersion;
    }

    public String label() {
        return label;
    }

    public boolean verified() {
        return verified;
    }

    public Instant addedAt() {
        return addedAt;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    public String withdrawnReason() {
        return withdrawnReason;
    }

    public boolean live() {
        return withdrawnAt == null;
    }

    void markVerified() {
        this.verified = true;
    }

    void withdraw(String reason, Instant at) {
        if (withdrawnAt == null) {
            this.withdrawnAt = at.truncatedTo(ChronoUnit.MICROS);
            this.withdrawnReason = reason;
        }
    }
}

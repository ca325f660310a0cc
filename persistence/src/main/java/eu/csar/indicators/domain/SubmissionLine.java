package eu.csar.indicators.domain;

import eu.csar.indicators.api.IndicatorId;
import eu.csar.indicators.api.IndicatorKind;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * One item of a submission with its outcome and its verification. Items are numbered 1..n; a
 * hasher line with digest columns gives several items (PDQ, MD5, SHA-256), all with the same
 * {@code sourceLine}, the line number in the text as sent.
 */
@Entity
@Table(name = "indicator_submission_lines")
public class SubmissionLine {

    @EmbeddedId
    private Key key;

    @Column(name = "source_line")
    private Integer sourceLine;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", updatable = false)
    private IndicatorKind kind;

    @Column(name = "value", updatable = false)
    private String value;

    @Column(name = "quality", updatable = false)
    private Short quality;

    @Column(name = "label", updatable = false)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, updatable = false)
    private LineOutcome outcome;

    @Column(name = "reason", updatable = false)
    private String reason;

    @Column(name = "indicator_id", updatable = false)
    private UUID indicatorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "verification", nullable = false)
    private LineVerification verification;

    protected SubmissionLine() {
    }

    public SubmissionLine(Submission submission, int lineNo, ParsedItem item, LineOutcome outcome, String reason,
                          IndicatorId indicator) {
        if ((outcome == LineOutcome.REFUSED) != (indicator == null)) {
            throw new IllegalArgumentException("a refused line has no indicator, any other has one");
        }
        this.key = new Key(submission.id().value(), lineNo);
        this.sourceLine = item.sourceLine();
        this.kind = item.kind();
        this.value = item.value() == null ? null : truncate(item.value(), 2048);
        this.quality = item.quality() == null || item.quality() < Short.MIN_VALUE || item.quality() > Short.MAX_VALUE
                ? null : item.quality().shortValue();
        this.label = item.label() == null ? null : truncate(item.label(), 500);
        this.outcome = outcome;
        this.reason = reason == null ? null : truncate(reason, 500);
        this.indicatorId = indicator == null ? null : indicator.value();
        this.verification = LineVerification.PENDING;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    public int lineNo() {
        return key.lineNo;
    }

    public int sourceLine() {
        return sourceLine == null ? key.lineNo : sourceLine;
    }

    public IndicatorKind kind() {
        return kind;
    }

    public String value() {
        return value;
    }

    public Integer quality() {
        return quality == null ? null : quality.intValue();
    }

    public String label() {
        return label;
    }

    public LineOutcome outcome() {
        return outcome;
    }

    public String reason() {
        return reason;
    }

    public IndicatorId indicator() {
        return indicatorId == null ? null : new IndicatorId(indicatorId);
    }

    public LineVerification verification() {
        return verification;
    }

    /** The reviewer's verdict: only an accepted or linked line is verified or rejected. */
    public void verdict(boolean rejected) {
        if (outcome == LineOutcome.REFUSED) {
            return;
        }
        this.verification = rejected ? LineVerification.REJECTED : LineVerification.VERIFIED;
    }

    /** The primary key: the submission and the item number. */
    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "submission_id", nullable = false, updatable = false)
        private UUID submissionId;

        @Column(name = "line_no", nullable = false, updatable = false)
        private int lineNo;

        protected Key() {
        }

        Key(UUID submissionId, int lineNo) {
            this.submissionId = submissionId;
            this.lineNo = lineNo;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.lineNo == lineNo && Objects.equals(k.submissionId, submissionId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(submissionId, lineNo);
        }
    }
}

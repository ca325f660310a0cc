package eu.csar.indicators.domain;

import eu.csar.indicators.api.IndicatorSetId;
import eu.csar.indicators.api.ProvenanceSource;
import eu.csar.indicators.api.SubmissionId;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A submission of indicators by a Coordinating Authority (Art 36) on one national decision, and its
 * four-eyes verification: a reviewer other than the submitter ({@link #verify}; the database
 * refuses it too).
 */
@Entity
@Table(name = "indicator_submissions")
public class Submission {

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(name = "set_id", nullable = false, updatable = false)
    private UUID setId;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_state", updatable = false)
    private MemberState memberState;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, updatable = false)
    private ProvenanceSource source;

    @Column(name = "authority", updatable = false)
    private String authority;

    @Column(name = "decision_reference", updatable = false)
    private String decisionReference;

    @Column(name = "decision_date", updatable = false)
    private LocalDate decisionDate;

    @Column(name = "process", nullable = false, updatable = false)
    private String process;

    @Column(name = "process_version", nullable = false, updatable = false)
    private String processVersion;

    @Column(name = "import_job_id", updatable = false)
    private Long importJobId;

    @Column(name = "submitted_by", nullable = false, updatable = false)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private SubmissionState state;

    @Column(name = "verified_by")
    private String verifiedBy;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "line_count", nullable = false)
    private int lineCount;

    @Column(name = "refused_count", nullable = false)
    private int refusedCount;

    @Column(name = "linked_count", nullable = false)
    private int linkedCount;

    protected Submission() {
    }

    private Submission(IndicatorSetId set, MemberState memberState, ProvenanceSource source, String authority,
                       String decisionReference, LocalDate decisionDate, String process, String processVersion,
                       String submittedBy, Instant at) {
        this.id = UUID.randomUUID();
        this.setId = set.value();
        this.memberState = memberState;
        this.source = source;
        this.authority = authority;
        this.decisionReference = decisionReference;
        this.decisionDate = decisionDate;
        this.process = process;
        this.processVersion = processVersion;
        this.submittedBy = submittedBy;
        this.submittedAt = at.truncatedTo(ChronoUnit.MICROS);
        this.state = SubmissionState.SUBMITTED;
    }

    /** A Coordinating Authority's submission on a national decision (Art 36), waiting for verification. */
    public static Submission byAuthority(IndicatorSetId set, MemberState memberState, String authority,
                                         String decisionReference, LocalDate decisionDate, String process,
                                         String processVersion, String submittedBy, Instant at) {
        return new Submission(set, memberState, ProvenanceSource.AUTHORITY_DECISION, authority, decisionReference,
                decisionDate, process, processVersion, submittedBy, at);
    }

    /**
     * Hashes a survivor sent from the victim page (Art 20-21), in the victim case {@code caseNumber}
     * of {@code memberState}'s Coordinating Authority; verified by the Centre like any submission.
     */
    public static Submission byVictim(IndicatorSetId set, MemberState memberState, String caseNumber, String process,
                                      String submittedBy, Instant at) {
        return new Submission(set, memberState, ProvenanceSource.VICTIM_REQUEST, null, caseNumber, null, process, "1",
                submittedBy, at);
    }

    /** Records the counts once every line has its outcome. */
    public void counted(int lines, int linked, int refused) {
        this.lineCount = lines;
        this.linkedCount = linked;
        this.refusedCount = refused;
    }

    /**
     * The four-eyes verification: {@code verifier} must not be the submitter, and the submission must
     * still wait for it.
     *
     * @param rejected how many of the verifiable lines the reviewer rejected
     * @param verifiable how many lines could be verified (accepted or linked)
     */
    public void verify(String verifier, int verifiable, int rejected, Instant at) {
        requireFourEyes(submittedBy, verifier);
        if (state != SubmissionState.SUBMITTED) {
            throw new RuleViolationException(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, null,
                    "The submission is " + state + ": it was verified already");
        }
        this.verifiedBy = verifier;
        this.verifiedAt = at.truncatedTo(ChronoUnit.MICROS);
        this.state = outcome(verifiable, rejected);
    }

    /** The state a verification leaves: all verified, some rejected, or all rejected (nothing verifiable counts as rejected). */
    static SubmissionState outcome(int verifiable, int rejected) {
        if (rejected == 0 && verifiable > 0) {
            return SubmissionState.VERIFIED;
        }
        return rejected >= verifiable ? SubmissionState.REJECTED : SubmissionState.PARTLY_VERIFIED;
    }

    /**
     * The four-eyes rule: nobody verifies what they submitted themselves.
     *
     * @throws RuleViolationException (FORBIDDEN) if {@code verifier} is {@code submitter}
     */
    public static void requireFourEyes(String submitter, String verifier) {
        if (verifier == null || verifier.isBlank() || verifier.equals(submitter)) {
            throw new RuleViolationException(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, null,
                    "Four eyes: a submission is verified by a reviewer other than its submitter");
        }
    }

    public SubmissionId id() {
        return new SubmissionId(id);
    }

    public long version() {
        return version;
    }

    public IndicatorSetId setId() {
        return new IndicatorSetId(setId);
    }

    public MemberState memberState() {
        return memberState;
    }

    public ProvenanceSource source() {
        return source;
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

    public String submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public SubmissionState state() {
        return state;
    }

    public String verifiedBy() {
        return verifiedBy;
    }

    public Instant verifiedAt() {
        return verifiedAt;
    }

    public int lineCount() {
        return lineCount;
    }

    public int refusedCount() {
        return refusedCount;
    }

    public int linkedCount() {
        return linkedCount;
    }
}

package eu.csar.victims.domain;

import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.RuleViolationException;
import eu.csar.victims.api.SignInOutcome;
import eu.csar.victims.api.VictimCaseId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A victim case (Art 20-21): opened by the Coordinating Authority of the Member State where the
 * survivor lives, for that Member State only. It holds a contact reference (the authority's own file
 * number; never a name), the current access code as a slow hash ({@link AccessCode}), and the count
 * of wrong codes: {@link #signIn} counts each wrong code, and the one that reaches the limit locks
 * the case for a while. Issuing a new code replaces the old one and unlocks; revoking leaves none.
 */
@Entity
@Table(name = "victim_cases")
public class VictimCase {

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(name = "case_number", nullable = false, updatable = false)
    private String caseNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_state", nullable = false, updatable = false)
    private MemberState memberState;

    @Column(name = "contact_reference", nullable = false)
    private String contactReference;

    @Column(name = "opened_by", nullable = false, updatable = false)
    private String openedBy;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "code_hash")
    private String codeHash;

    @Column(name = "code_salt")
    private String codeSalt;

    @Column(name = "code_iterations")
    private Integer codeIterations;

    @Column(name = "code_issued_at")
    private Instant codeIssuedAt;

    @Column(name = "code_revoked_at")
    private Instant codeRevokedAt;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    /** Set by the retention sweep's set-based anonymisation ({@link VictimCaseRepository#anonymise}), never by the entity. */
    @Column(name = "personal_data_erased_at", insertable = false, updatable = false)
    private Instant personalDataErasedAt;

    protected VictimCase() {
    }

    private VictimCase(String caseNumber, MemberState memberState, String contactReference, String openedBy, Instant at) {
        this.id = UUID.randomUUID();
        this.caseNumber = caseNumber;
        this.memberState = memberState;
        this.contactReference = contactReference;
        this.openedBy = openedBy;
        this.openedAt = micros(at);
    }

    public static VictimCase open(String caseNumber, MemberState memberState, String contactReference, String openedBy,
                                  Instant at) {
        return new VictimCase(caseNumber, memberState, contactReference, openedBy, at);
    }

    /** A new code replaces any earlier one; the case is unlocked and its count of wrong codes starts again. */
    public void issueCode(AccessCode.Hashed code, Instant at) {
        this.codeHash = code.hash();
        this.codeSalt = code.salt();
        this.codeIterations = code.iterations();
        this.codeIssuedAt = micros(at);
        this.codeRevokedAt = null;
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    /** The code stops working at once; signing in needs a new one. */
    public void revokeCode(Instant at) {
        if (codeHash == null) {
            throw new RuleViolationException(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, null,
                    "The case has no access code to revoke");
        }
        this.codeHash = null;
        this.codeSalt = null;
        this.codeIterations = null;
        this.codeRevokedAt = micros(at);
    }

    /**
     * One sign-in with {@code typed}: while locked, nothing is checked and it stays locked; a wrong
     * code counts, and the {@code limits.maxFailures()}th in a row locks the case for {@code limits.lockFor()}.
     */
    public SignInOutcome signIn(String typed, Instant now, AccessLimits limits) {
        if (codeHash == null) {
            return SignInOutcome.REVOKED;
        }
        if (locked(now)) {
            return SignInOutcome.LOCKED;
        }
        if (AccessCode.matches(typed, new AccessCode.Hashed(codeHash, codeSalt, codeIterations))) {
            failedAttempts = 0;
            lockedUntil = null;
            return SignInOutcome.SIGNED_IN;
        }
        failedAttempts++;
        if (failedAttempts >= limits.maxFailures()) {
            failedAttempts = 0;
            lockedUntil = micros(now.plus(limits.lockFor()));
            return SignInOutcome.LOCKED;
        }
        return SignInOutcome.WRONG_CODE;
    }

    public boolean locked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Records that the survivor withdrew their hashes (they may send new ones later). */
    public void withdrawn(Instant at) {
        this.withdrawnAt = micros(at);
    }

    private static Instant micros(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    public VictimCaseId id() {
        return new VictimCaseId(id);
    }

    public String caseNumber() {
        return caseNumber;
    }

    public MemberState memberState() {
        return memberState;
    }

    public String contactReference() {
        return contactReference;
    }

    public String openedBy() {
        return openedBy;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public boolean hasCode() {
        return codeHash != null;
    }

    public Instant codeIssuedAt() {
        return codeIssuedAt;
    }

    public Instant codeRevokedAt() {
        return codeRevokedAt;
    }

    public int failedAttempts() {
        return failedAttempts;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    /** Whether retention already anonymised the case (contact reference and access code gone). */
    public boolean personalDataErased() {
        return personalDataErasedAt != null;
    }
}

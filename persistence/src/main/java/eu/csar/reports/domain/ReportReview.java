package eu.csar.reports.domain;

import eu.csar.reports.api.Jurisdiction;
import eu.csar.reports.api.UnfoundedReason;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The review desk's part of a report (Art 48): who holds the claim since when, the first reviewer's
 * manifestly-unfounded finding awaiting a second reviewer (four eyes), and the decision with its
 * jurisdiction or reason and the legal profile version it was taken under; for a forward the platform
 * decided itself, that it was automatic and the verified indicators it rests on. Changed only by
 * {@link Report}'s verbs, after the transition table allowed the move.
 */
@Embeddable
public class ReportReview {

    /** The longest internal note a reviewer may add to a manifestly-unfounded finding. */
    public static final int MAX_NOTE = 2000;

    /** What the Centre decided. */
    public enum Decision { FORWARD, MANIFESTLY_UNFOUNDED }

    @Column(name = "claimed_by")
    private String claimedBy;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "proposed_by")
    private String proposedBy;

    @Column(name = "proposed_at")
    private Instant proposedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision")
    private Decision decision;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "unfounded_reason")
    private UnfoundedReason unfoundedReason;

    /** The reviewer's own text: internal, never shown to the provider. */
    @Column(name = "unfounded_note")
    private String unfoundedNote;

    @Column(name = "jurisdiction_member_states")
    private String jurisdictionMemberStates;

    @Column(name = "jurisdiction_europol")
    private Boolean jurisdictionEuropol;

    @Column(name = "decision_profile")
    private String profile;

    /** Whether the platform took the decision without a reviewer ({@link AutomaticForwardRule}). */
    @Column(name = "decision_automatic", nullable = false)
    private boolean automatic;

    /** The verified indicators an automatic decision rests on, comma-separated ids; null otherwise. */
    @Column(name = "decision_indicators")
    private String indicators;

    @Column(name = "decision_profile_version")
    private Integer profileVersion;

    void claim(String reviewer, Instant at) {
        claimedBy = reviewer;
        claimedAt = at;
    }

    void endClaim() {
        claimedBy = null;
        claimedAt = null;
    }

    void decideForward(String reviewer, Jurisdiction jurisdiction, String profileId, int version, Instant at) {
        endClaim();
        decision = Decision.FORWARD;
        decidedBy = reviewer;
        decidedAt = at;
        jurisdictionMemberStates = jurisdiction.memberStateCodes();
        jurisdictionEuropol = jurisdiction.europol();
        profile = profileId;
        profileVersion = version;
    }

    void decideForwardAutomatically(String actor, Jurisdiction jurisdiction, List<UUID> matched, String profileId, int version,
                                    Instant at) {
        decideForward(actor, jurisdiction, profileId, version, at);
        automatic = true;
        indicators = matched.stream().map(UUID::toString).collect(Collectors.joining(","));
    }

    void findUnfounded(String reviewer, UnfoundedReason reason, String note, boolean fourEyes, String profileId, int version,
                       Instant at) {
        endClaim();
        unfoundedReason = reason;
        unfoundedNote = note;
        profile = profileId;
        profileVersion = version;
        if (fourEyes) {
            proposedBy = reviewer;
            proposedAt = at;
        } else {
            decide(reviewer, at);
        }
    }

    void confirmUnfounded(String reviewer, Instant at) {
        endClaim();
        decide(reviewer, at);
    }

    private void decide(String reviewer, Instant at) {
        decision = Decision.MANIFESTLY_UNFOUNDED;
        decidedBy = reviewer;
        decidedAt = at;
    }

    public String claimedBy() {
        return claimedBy;
    }

    public Instant claimedAt() {
        return claimedAt;
    }

    /** The first reviewer of a four-eyes manifestly-unfounded finding; null otherwise. */
    public String proposedBy() {
        return proposedBy;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public Decision decision() {
        return decision;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public UnfoundedReason unfoundedReason() {
        return unfoundedReason;
    }

    public String unfoundedNote() {
        return unfoundedNote;
    }

    /** The forward's recipients; null unless the decision is FORWARD. */
    public Jurisdiction jurisdiction() {
        return decision == Decision.FORWARD ? Jurisdiction.of(jurisdictionMemberStates, jurisdictionEuropol) : null;
    }

    /** Whether the platform decided without a reviewer (all evidence matched verified indicators). */
    public boolean automatic() {
        return automatic;
    }

    /** The verified indicators an automatic decision rests on; empty for a reviewer's decision. */
    public List<UUID> indicators() {
        return indicators == null || indicators.isBlank() ? List.of()
                : Arrays.stream(indicators.split(",")).map(UUID::fromString).toList();
    }

    public String profile() {
        return profile;
    }

    public Integer profileVersion() {
        return profileVersion;
    }
}

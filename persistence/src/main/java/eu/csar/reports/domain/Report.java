package eu.csar.reports.domain;

import eu.csar.indicators.api.HashFormat;
import eu.csar.legal.api.LegalPeriod;
import eu.csar.legal.api.ProfileRef;
import eu.csar.reports.api.EvidenceKind;
import eu.csar.reports.api.Jurisdiction;
import eu.csar.reports.api.ReportId;
import eu.csar.reports.api.ReportState;
import eu.csar.reports.api.ReportType;
import eu.csar.reports.api.UnfoundedReason;
import eu.csar.shared.domain.ProviderId;
import eu.csar.shared.domain.RuleViolationException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static eu.csar.shared.domain.DomainInputs.micros;
import static eu.csar.shared.domain.RuleViolationException.invalid;

/**
 * A provider's report to the EU Centre (Art 12-13 of COM(2022) 209): its Art 13 content, the
 * evidence items (hashes) attached while it is OPEN, and, once FINISHED, the provider's detached
 * signature over the report's canonical document with the SHA-256 of that document. The provider
 * is the tenant: it is set from the caller when the report is opened and never changes. Moves by
 * {@link ReportLifecycle}; every move writes a history row. Centre reviewers claim, release and
 * decide on a FINISHED report (Art 48) through the verbs below; the claimant alone decides, and a
 * four-eyes confirmation is never by the first reviewer.
 */
@Entity
@Table(name = "reports")
public class Report {

    public static final int MAX_REFERENCE = 200;
    public static final int MAX_OTHER_DATA = 4000;
    public static final int MAX_USER_IDENTIFIERS = 20;
    public static final int MAX_USER_IDENTIFIER = 200;
    public static final int MAX_LEGAL_BASIS = 200;
    public static final int MAX_EVIDENCE = 1000;
    public static final int MAX_SIGNATURE = 4000;
    public static final int MAX_REASON = 450;

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(name = "provider_id", nullable = false, updatable = false)
    private UUID providerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private ReportState state;

    @Enumerated(EnumType.STRING)
    @Column(name = "report_type", nullable = false, updatable = false)
    private ReportType type;

    @Column(name = "provider_timestamp", nullable = false, updatable = false)
    private Instant timestamp;

    @Column(name = "content_reference", updatable = false)
    private String contentReference;

    @Column(name = "other_data", updatable = false)
    private String otherData;

    @Column(name = "ip_address", updatable = false)
    private String ipAddress;

    @Column(name = "ip_port", updatable = false)
    private Integer port;

    @Column(name = "location_observed_at", updatable = false)
    private Instant locationObservedAt;

    @Column(name = "location_country", updatable = false)
    private String locationCountry;

    /** The user identifiers, one per line (each is single-line text). */
    @Column(name = "user_identifiers", updatable = false)
    private String userIdentifiers;

    /** The public URLs where the material was accessible, one per line (part of the signed content). */
    @Column(name = "public_urls", updatable = false)
    private String publicUrls;

    @Column(name = "reported_to_third_country", nullable = false, updatable = false)
    private boolean reportedToThirdCountry;

    @Column(name = "third_country_reference", updatable = false)
    private String thirdCountryReference;

    @Column(name = "removed_or_disabled", nullable = false, updatable = false)
    private boolean removedOrDisabled;

    @Column(name = "urgent", nullable = false, updatable = false)
    private boolean urgent;

    @Column(name = "legal_basis", nullable = false, updatable = false)
    private String legalBasis;

    @Column(name = "opened_by", nullable = false, updatable = false)
    private String openedBy;

    /** The legal-profile version the report was opened under: every profile read for it reads this version. */
    @Column(name = "profile_id", nullable = false, updatable = false)
    private String profileId;

    @Column(name = "profile_version", nullable = false, updatable = false)
    private int profileVersion;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "retracted_at")
    private Instant retractedAt;

    /** The detached compact JWS (RFC 7515 appendix F) the provider finished the report with. */
    @Column(name = "signature")
    private String signature;

    @Column(name = "signature_algorithm")
    private String signatureAlgorithm;

    /** SHA-256 (hex) of the canonical document the signature covers. */
    @Column(name = "signed_document_sha256")
    private String signedDocumentSha256;

    @Column(name = "state_changed_at", nullable = false)
    private Instant stateChangedAt;

    /** From when the provider may inform the user (Art 12(2)): set with the forward decision. */
    @Column(name = "user_information_from")
    private Instant userInformationFrom;

    /** Until when law enforcement asked that the user not be informed (Art 48(6)(a)); null without a hold. */
    @Column(name = "user_information_hold_until")
    private Instant userInformationHoldUntil;

    @Column(name = "user_information_hold_by")
    private String userInformationHoldBy;

    /** The review desk's part (Art 48): the claim, the first finding of a four-eyes review, the decision. */
    @Embedded
    private ReportReview review = new ReportReview();

    @OneToMany(mappedBy = "report", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("position")
    private List<EvidenceItem> evidence = new ArrayList<>();

    @OneToMany(mappedBy = "report", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("occurredAt")
    private List<ReportStatusChange> history = new ArrayList<>();

    protected Report() {
    }

    /**
     * A new OPEN report of {@code provider} with {@code content} (validated by Bean Validation at the
     * service; the rules that need more than one field are checked here too), its history opened.
     *
     * @param id the report's id: a new random one, or the one the provider chose for a one-call submission
     * @param profile the legal-profile version the report runs under ({@code LegalProfiles.pin}, the newest when it is opened)
     */
    public static Report open(ReportId id, ProfileRef profile, ProviderId provider, ReportContent content, String actor,
                              Instant at) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(content, "content");
        if (!content.isThirdCountryConsistent()) {
            throw invalid("thirdCountryReference", "a third-country reference needs reportedToThirdCountry true");
        }
        Report r = new Report();
        Instant now = micros(at);
        r.id = id.value();
        r.providerId = provider.value();
        r.type = Objects.requireNonNull(content.type(), "type");
        r.timestamp = micros(Objects.requireNonNull(content.timestamp(), "timestamp"));
        r.contentReference = blankToNull(content.contentReference());
        r.otherData = blankToNull(content.otherData());
        ReportLocation location = content.location();
        if (location != null) {
            r.ipAddress = IpAddresses.canonical(location.ipAddress())
                    .orElseThrow(() -> invalid("location.ipAddress", "must be an IPv4 (dotted) or IPv6 address"));
            r.port = location.port();
            r.locationObservedAt = location.observedAt() == null ? null : micros(location.observedAt());
            r.locationCountry = location.country();
        }
        List<String> users = content.userIdentifiers().stream().map(String::strip).toList();
        r.userIdentifiers = users.isEmpty() ? null : String.join("\n", users);
        for (int i = 0; i < content.publicUrls().size(); i++) {
            int index = i;
            PublicUrls.refusal(content.publicUrls().get(i)).ifPresent(why -> {
                throw invalid("publicUrls[" + index + "]", why);
            });
        }
        List<String> urls = content.publicUrls().stream().map(String::strip).toList();
        r.publicUrls = urls.isEmpty() ? null : String.join("\n", urls);
        r.reportedToThirdCountry = Boolean.TRUE.equals(content.reportedToThirdCountry());
        r.thirdCountryReference = blankToNull(content.thirdCountryReference());
        r.removedOrDisabled = Boolean.TRUE.equals(content.removedOrDisabled());
        r.urgent = Boolean.TRUE.equals(content.urgent());
        r.legalBasis = content.legalBasis().strip();
        r.state = ReportLifecycle.INITIAL;
        r.openedBy = actor;
        r.profileId = profile.profileId();
        r.profileVersion = profile.version();
        r.openedAt = now;
        r.stateChangedAt = now;
        r.history.add(new ReportStatusChange(r, null, ReportLifecycle.OPEN_EVENT, r.state, "Art 12(1)", actor, null, now));
        return r;
    }

    /** Attaches evidence items in the order given, numbered after those already attached; only while OPEN. */
    public List<EvidenceItem> attach(List<EvidenceInput> items, Instant at) {
        checkRoomFor(items.size(), "items");
        if (items.isEmpty()) {
            throw invalid("items", "at least one evidence item");
        }
        Instant now = micros(at);
        List<EvidenceItem> added = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            EvidenceInput item = items.get(i);
            String refusal = item.refusal();
            if (refusal != null) {
                throw invalid("items[" + i + "]", refusal);
            }
            EvidenceItem e = new EvidenceItem(this, evidence.size() + 1, item.kind(), HashFormat.normalised(item.value().strip()),
                    item.quality(), now);
            evidence.add(e);
            added.add(e);
        }
        return added;
    }

    /**
     * Checks that {@code count} more evidence items may be attached now: the report is OPEN and has
     * room for them. Called before anything is stored for them (the vault's content) as well as by
     * {@link #attach} and {@link #attachContent}.
     */
    public void checkRoomFor(int count, String field) {
        if (state != ReportState.OPEN) {
            throw new RuleViolationException(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, null,
                    "The report is " + state + ": evidence is attached only while it is OPEN");
        }
        if (evidence.size() + count > MAX_EVIDENCE) {
            throw invalid(field, "a report holds at most " + MAX_EVIDENCE + " evidence items");
        }
    }

    /**
     * Attaches content data the evidence vault holds, as the next evidence item: a SHA-256 digest
     * ({@code sha256}, computed by the vault over the content) with the vault's item id, the media
     * type and the size; only while OPEN.
     */
    public EvidenceItem attachContent(String sha256, UUID vaultItemId, String mediaType, long size, Instant at) {
        checkRoomFor(1, "content");
        String refusal = HashFormat.refusal(EvidenceKind.SHA256.hashKind(), sha256, null).orElse(null);
        if (refusal != null) {
            throw invalid("content", refusal);
        }
        EvidenceItem e = new EvidenceItem(this, evidence.size() + 1, HashFormat.normalised(sha256),
                Objects.requireNonNull(vaultItemId, "vaultItemId"), Objects.requireNonNull(mediaType, "mediaType"), size, micros(at));
        evidence.add(e);
        return e;
    }

    /**
     * Finishes the report with the provider's signature, already verified by the caller over the
     * document whose SHA-256 is {@code documentSha256}.
     */
    public void finish(String detachedJws, String algorithm, String documentSha256, String actor, Instant at) {
        Instant now = micros(at);
        move(ReportEvent.FINISH, algorithm, actor, now);
        signature = Objects.requireNonNull(detachedJws, "detachedJws");
        signatureAlgorithm = Objects.requireNonNull(algorithm, "algorithm");
        signedDocumentSha256 = Objects.requireNonNull(documentSha256, "documentSha256");
        finishedAt = now;
    }

    /**
     * The provider retracts the report (from OPEN, or FINISHED and under review until the Centre
     * decided on it), with an optional reason; a reviewer's claim ends with it.
     */
    public void retract(String reason, String actor, Instant at) {
        String why = blankToNull(reason);
        if (why != null && why.length() > MAX_REASON) {
            throw invalid("reason", "At most " + MAX_REASON + " characters");
        }
        Instant now = micros(at);
        move(ReportEvent.RETRACT, why, actor, now);
        retractedAt = now;
        review().endClaim();
    }

    /**
     * A centre reviewer claims the report from the queue (FINISHED), or the second review of a
     * manifestly-unfounded finding (AWAITING_SECOND_REVIEW, never by the first reviewer). A claim the
     * reviewer already holds is kept as it is (nothing is written, false); a claim of someone else is
     * refused (see {@link #takeOver} for an abandoned one).
     *
     * @return whether anything changed
     */
    public boolean claim(String reviewer, Instant at) {
        if (claimedBy(reviewer)) {
            return false;
        }
        if (state.claimed()) {
            throw claimedByAnother();
        }
        ReportLifecycle.TABLE.next(state, ReportEvent.CLAIM);
        if (state == ReportState.AWAITING_SECOND_REVIEW && reviewer.equals(review().proposedBy())) {
            throw fourEyes();
        }
        Instant now = micros(at);
        move(ReportEvent.CLAIM, null, reviewer, now);
        review().claim(reviewer, now);
        return true;
    }

    /**
     * A reviewer takes over another's claim that is older than {@code claimTimeout} (abandoned: a
     * reviewer who went home with the report claimed); a fresher claim is refused. The second review
     * is still never for the first reviewer.
     */
    public void takeOver(String reviewer, Duration claimTimeout, Instant at) {
        ReportLifecycle.TABLE.next(state, ReportEvent.TAKE_OVER);
        Instant now = micros(at);
        if (reviewer.equals(review().claimedBy()) || review().claimedAt().plus(claimTimeout).isAfter(now)) {
            throw claimedByAnother();
        }
        if (state == ReportState.IN_SECOND_REVIEW && reviewer.equals(review().proposedBy())) {
            throw fourEyes();
        }
        String abandoned = "claim of " + review().claimedBy() + " since " + review().claimedAt() + " abandoned";
        move(ReportEvent.TAKE_OVER, abandoned, reviewer, now);
        review().claim(reviewer, now);
    }

    /** Whether the claim on this report is older than {@code claimTimeout} at {@code at} (another reviewer may take it over). */
    public boolean claimAbandoned(Duration claimTimeout, Instant at) {
        return state.claimed() && !review().claimedAt().plus(claimTimeout).isAfter(at);
    }

    /** The claiming reviewer puts the report back in its queue, undecided. */
    public void release(String reviewer, Instant at) {
        checkClaimant(reviewer, ReportEvent.RELEASE);
        move(ReportEvent.RELEASE, null, reviewer, micros(at));
        review().endClaim();
    }

    /** The claiming reviewer (first or second) decides to forward the report to {@code jurisdiction} (Art 48(3)). */
    public void decideForward(String reviewer, Jurisdiction jurisdiction, String profile, int profileVersion, Instant at) {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        checkClaimant(reviewer, ReportEvent.DECIDE_FORWARD);
        Instant now = micros(at);
        move(ReportEvent.DECIDE_FORWARD, "to " + jurisdiction, reviewer, now);
        review().decideForward(reviewer, jurisdiction, profile, profileVersion, now);
    }

    /**
     * Where a forward of this report would go as the desk proposes it (Art 48(3)): the Member State of the
     * location data's country (the provider's declaration) with Europol, or Europol alone when unclear.
     */
    public Jurisdiction proposedJurisdiction() {
        return Jurisdiction.propose(locationCountry, List.of());
    }

    /**
     * The platform forwards the FINISHED, unclaimed report to {@code jurisdiction} without a reviewer,
     * because {@link AutomaticForwardRule} said so ({@code verdict}): the decision is recorded as taken by
     * {@code actor} (the platform's {@code system}), automatic, naming the verified indicators.
     */
    public void decideForwardAutomatically(AutomaticForwardRule.Verdict verdict, Jurisdiction jurisdiction, String actor,
                                           String profile, int profileVersion, Instant at) {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        if (!verdict.forward()) {
            throw new RuleViolationException(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, null,
                    "Not forwarded automatically: " + verdict.why());
        }
        Instant now = micros(at);
        move(ReportEvent.DECIDE_FORWARD_AUTOMATICALLY, verdict.why() + " " + verdict.indicators() + "; to " + jurisdiction, actor, now);
        review().decideForwardAutomatically(actor, jurisdiction, verdict.indicators(), profile, profileVersion, now);
    }

    /**
     * With the forward decision: the provider may inform the user {@code delay} after it finished the
     * report (Art 12(2), the profile's {@code report.user-information-delay}), unless held.
     */
    public void scheduleUserInformation(LegalPeriod delay) {
        requireForwardDecided();
        userInformationFrom = micros(delay.after(finishedAt));
    }

    /**
     * A law-enforcement authority or Europol ({@code by}) asks that the user not be informed until
     * {@code until} (Art 48(6)(a)): at most {@code max} after the report was finished (the profile's
     * {@code report.do-not-inform-max}; a longer request is cut to it). The latest hold counts: a
     * request never shortens one in force. Returns the hold now in force.
     */
    public Instant holdUserInformation(Instant until, String by, LegalPeriod max, Instant at) {
        requireForwardDecided();
        Objects.requireNonNull(until, "until");
        if (!until.isAfter(at)) {
            throw invalid("until", "A hold ends in the future");
        }
        Instant cap = max.after(finishedAt);
        Instant asked = micros(until.isAfter(cap) ? cap : until);
        if (userInformationHoldUntil == null || asked.isAfter(userInformationHoldUntil)) {
            userInformationHoldUntil = asked;
            userInformationHoldBy = Objects.requireNonNull(by, "by");
        }
        return userInformationHoldUntil;
    }

    private void requireForwardDecided() {
        if (state != ReportState.FORWARD_DECIDED && state != ReportState.FORWARDED) {
            throw new RuleViolationException(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, null,
                    "The report is " + state + ": the Centre has not decided to forward it");
        }
    }

    /**
     * From when the provider may inform the user: the forward decision's date plus the hold, if
     * later; the decision's time for a manifestly unfounded report (Art 12(2), Art 48(2)); null before
     * the Centre decided.
     */
    public Instant mayInformUserFrom() {
        if (state == ReportState.MANIFESTLY_UNFOUNDED) {
            return review().decidedAt();
        }
        if (userInformationFrom == null) {
            return null;
        }
        return userInformationHoldUntil != null && userInformationHoldUntil.isAfter(userInformationFrom)
                ? userInformationHoldUntil : userInformationFrom;
    }

    public Instant userInformationHoldUntil() {
        return userInformationHoldUntil;
    }

    public String userInformationHoldBy() {
        return userInformationHoldBy;
    }

    /** Every recipient of the forward decision received the report (the forwarding step, actor {@code system}). */
    public void forwarded(String actor, Instant at) {
        move(ReportEvent.FORWARD, "delivered to " + review().jurisdiction(), actor, micros(at));
    }

    /**
     * The claiming first reviewer finds the report manifestly unfounded (Art 48(2)) for {@code reason}
     * with the reviewer's own {@code note} (internal): decided at once, or, when the legal profile asks
     * for four eyes, proposed for a second reviewer to confirm.
     */
    public void findUnfounded(String reviewer, UnfoundedReason reason, String note, boolean fourEyes, String profile,
                              int profileVersion, Instant at) {
        Objects.requireNonNull(reason, "reason");
        ReportEvent event = fourEyes ? ReportEvent.PROPOSE_UNFOUNDED : ReportEvent.DECIDE_UNFOUNDED;
        checkClaimant(reviewer, event);
        String text = note(note);
        Instant now = micros(at);
        move(event, reason + (text == null ? "" : ": " + text), reviewer, now);
        review().findUnfounded(reviewer, reason, text, fourEyes, profile, profileVersion, now);
    }

    /** A second reviewer, other than the first, confirms the first reviewer's manifestly-unfounded finding. */
    public void confirmUnfounded(String reviewer, String note, Instant at) {
        checkClaimant(reviewer, ReportEvent.CONFIRM_UNFOUNDED);
        if (reviewer.equals(review().proposedBy())) {
            throw fourEyes();
        }
        String text = note(note);
        Instant now = micros(at);
        move(ReportEvent.CONFIRM_UNFOUNDED, review().unfoundedReason() + (text == null ? "" : ": " + text), reviewer, now);
        review().confirmUnfounded(reviewer, now);
    }

    /** Whether {@code reviewer} holds the claim on this report now. */
    public boolean claimedBy(String reviewer) {
        return state.claimed() && reviewer != null && reviewer.equals(review().claimedBy());
    }

    private void checkClaimant(String reviewer, ReportEvent event) {
        ReportLifecycle.TABLE.next(state, event);
        if (!claimedBy(reviewer)) {
            throw new RuleViolationException(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, null,
                    "The report is claimed by " + review().claimedBy() + ", not by " + reviewer);
        }
    }

    private static String note(String note) {
        String text = blankToNull(note);
        if (text != null && text.length() > ReportReview.MAX_NOTE) {
            throw invalid("note", "At most " + ReportReview.MAX_NOTE + " characters");
        }
        return text;
    }

    private RuleViolationException claimedByAnother() {
        return new RuleViolationException(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, null,
                "The report is claimed by " + review().claimedBy() + " since " + review().claimedAt());
    }

    private static RuleViolationException fourEyes() {
        return new RuleViolationException(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, null,
                "Four eyes: the second review is for a reviewer other than the first");
    }

    private void move(ReportEvent event, String reason, String actor, Instant at) {
        ReportState from = state;
        ReportState to = ReportLifecycle.TABLE.next(from, event);
        state = to;
        stateChangedAt = at;
        String why = reason == null || reason.length() <= ReportStatusChange.MAX_REASON ? reason
                : reason.substring(0, ReportStatusChange.MAX_REASON - 1) + "\u2026";
        history.add(new ReportStatusChange(this, from, event.name(), to, event.legalBasis(), actor, why, at));
    }

    /** Whether the report belongs to {@code provider} (the tenancy rule: anyone else's report does not exist). */
    public boolean belongsTo(ProviderId provider) {
        return provider != null && providerId.equals(provider.value());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Set<ReportEvent> possibleEvents() {
        return ReportLifecycle.TABLE.eventsFrom(state);
    }

    /** What the provider may do next (the review desk's steps are not the provider's). */
    public Set<ReportEvent> providerEvents() {
        return possibleEvents().stream().filter(ReportEvent::byProvider).collect(Collectors.toUnmodifiableSet());
    }

    public ReportId id() {
        return new ReportId(id);
    }

    public long version() {
        return version;
    }

    public ProviderId providerId() {
        return new ProviderId(providerId);
    }

    public ReportState state() {
        return state;
    }

    public ReportType type() {
        return type;
    }

    public Instant timestamp() {
        return timestamp;
    }

    public String contentReference() {
        return contentReference;
    }

    public String otherData() {
        return otherData;
    }

    /** Null when the report has no location data. */
    public ReportLocation location() {
        return ipAddress == null ? null : new ReportLocation(ipAddress, port, locationObservedAt, locationCountry);
    }

    public List<String> userIdentifiers() {
        return userIdentifiers == null ? List.of() : Arrays.asList(userIdentifiers.split("\n"));
    }

    /** The public URLs where the provider found the material accessible, in the order sent (empty: none). */
    public List<String> publicUrls() {
        return publicUrls == null ? List.of() : Arrays.asList(publicUrls.split("\n"));
    }

    public boolean reportedToThirdCountry() {
        return reportedToThirdCountry;
    }

    public String thirdCountryReference() {
        return thirdCountryReference;
    }

    public boolean removedOrDisabled() {
        return removedOrDisabled;
    }

    public boolean urgent() {
        return urgent;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public String openedBy() {
        return openedBy;
    }

    /** The legal-profile version pinned when the report was opened. */
    public ProfileRef legalProfile() {
        return new ProfileRef(profileId, profileVersion);
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public Instant retractedAt() {
        return retractedAt;
    }

    public String signature() {
        return signature;
    }

    public String signatureAlgorithm() {
        return signatureAlgorithm;
    }

    public String signedDocumentSha256() {
        return signedDocumentSha256;
    }

    public Instant stateChangedAt() {
        return stateChangedAt;
    }

    /** The review desk's part: claim, first finding, decision. */
    public ReportReview review() {
        if (review == null) {
            // Hibernate loads an embeddable whose columns are all null as null
            review = new ReportReview();
        }
        return review;
    }

    public List<EvidenceItem> evidence() {
        return Collections.unmodifiableList(evidence);
    }

    public List<ReportStatusChange> history() {
        return Collections.unmodifiableList(history);
    }
}

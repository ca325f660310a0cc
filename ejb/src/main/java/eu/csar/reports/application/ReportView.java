package eu.csar.reports.application;

import eu.csar.legal.api.ProfileRef;
import eu.csar.reports.api.EvidenceKind;
import eu.csar.reports.api.PublicMaterialState;
import eu.csar.reports.api.RemovalCheckOutcome;
import eu.csar.reports.api.ReportId;
import eu.csar.reports.api.ReportState;
import eu.csar.reports.api.ReportType;
import eu.csar.reports.api.UnfoundedReason;
import eu.csar.reports.domain.PublicMaterial;
import eu.csar.reports.domain.Report;
import eu.csar.reports.domain.ReportEvent;
import eu.csar.reports.domain.ReportLifecycle;
import eu.csar.reports.domain.ReportReview;
import eu.csar.reports.domain.ReportLocation;
import eu.csar.shared.domain.ProviderId;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A report as its provider sees it: the content it sent, the evidence items, where the report
 * stands and what it may do next, its history, and {@code signingInput}, the canonical document
 * (docs/reports.md) that the finishing signature covers, exactly as the platform computes it now, and
 * {@code legalProfile}, the legal-profile version the report was opened under and is judged by.
 */
public record ReportView(ReportId id, long version, ProviderId providerId, ReportState state, ReportType type,
                         Instant timestamp, String contentReference, String otherData, ReportLocation location,
                         List<String> userIdentifiers, boolean reportedToThirdCountry, String thirdCountryReference,
                         boolean removedOrDisabled, boolean urgent, String legalBasis, Instant openedAt,
                         Instant finishedAt, Instant retractedAt, String signatureAlgorithm, String signedDocumentSha256,
                         List<Evidence> evidence, List<Move> history, Set<ReportEvent> possibleEvents,
                         String signingInput, Feedback feedback, List<String> publicUrls, ProfileRef legalProfile)
        implements Serializable {

    /**
     * What the EU Centre tells the provider about its report (Art 48(2)-(3), the accuracy loop):
     * RECEIVED (finished, with the Centre), FORWARDED (the Centre decided to forward it to law
     * enforcement; delivery is the forwarding step's), MANIFESTLY_UNFOUNDED with the reason's code, or
     * RETRACTED; null while the report is OPEN. Once decided, {@code mayInformUserFrom}: from when the
     * provider may inform the user (Art 12(2): the profile's delay after the report, later while law
     * enforcement holds it, Art 48(6)(a); at once for a manifestly unfounded report) and
     * {@code holdUntil}, the hold in force (null without one). {@code publicMaterial}: the removal checks
     * of the report's public URLs (empty until the Centre decided to forward it). Never the reviewer's
     * name or internal note, nor who asked for the hold.
     */
    public record Feedback(String status, UnfoundedReason reason, Instant at, Instant mayInformUserFrom, Instant holdUntil,
                           List<Material> publicMaterial) implements Serializable {

        public Feedback {
            publicMaterial = publicMaterial == null ? List.of() : List.copyOf(publicMaterial);
        }

        public Feedback(String status, UnfoundedReason reason, Instant at, Instant mayInformUserFrom, Instant holdUntil) {
            this(status, reason, at, mayInformUserFrom, holdUntil, List.of());
        }

        public Feedback(String status, UnfoundedReason reason, Instant at) {
            this(status, reason, at, null, null);
        }

        /** This feedback with the removal checks of the report's public URLs. */
        Feedback with(List<Material> material) {
            return new Feedback(status, reason, at, mayInformUserFrom, holdUntil, material);
        }

        static Feedback of(Report r) {
            ReportReview review = r.review();
            return switch (r.state()) {
                case OPEN -> null;
                case RETRACTED -> new Feedback("RETRACTED", null, r.retractedAt());
                case FORWARD_DECIDED, FORWARDED -> new Feedback("FORWARDED", null, review.decidedAt(), r.mayInformUserFrom(),
                        r.userInformationHoldUntil());
                case MANIFESTLY_UNFOUNDED -> new Feedback("MANIFESTLY_UNFOUNDED", review.unfoundedReason(), review.decidedAt(),
                        r.mayInformUserFrom(), null);
                case FINISHED, IN_REVIEW, AWAITING_SECOND_REVIEW, IN_SECOND_REVIEW -> new Feedback("RECEIVED", null, r.finishedAt());
            };
        }
    }

    /**
     * One evidence item; for content held in the evidence vault also the vault's item id, the media
     * type and the size in bytes (all three null for a hash-only item).
     */
    public record Evidence(int position, EvidenceKind kind, String value, Integer quality, UUID vaultItemId, String mediaType,
                           Long size) implements Serializable {

        /** A hash-only item. */
        public Evidence(int position, EvidenceKind kind, String value, Integer quality) {
            this(position, kind, value, quality, null, null, null);
        }
    }

    /**
     * The removal check of one public URL of the report (issue 11 §4): where it stands, how many
     * checks, the last one (when, what it found, the HTTP status if an answer came), when it was
     * found removed, and until when it is checked.
     */
    public record Material(int position, String url, PublicMaterialState state, int checks, Instant lastCheckedAt,
                           RemovalCheckOutcome lastOutcome, Integer lastStatus, Instant removedAt, Instant checkedUntil)
            implements Serializable {

        static Material of(PublicMaterial m) {
            return new Material(m.position(), m.url(), m.state(), m.checks(), m.lastCheckedAt(), m.lastOutcome(), m.lastStatus(),
                    m.removedAt(), m.giveUpAt());
        }
    }

    /** This view with the removal checks of its public URLs in its feedback (a report with feedback only). */
    ReportView withMaterial(List<PublicMaterial> material) {
        if (feedback == null || material.isEmpty()) {
            return this;
        }
        return new ReportView(id, version, providerId, state, type, timestamp, contentReference, otherData, location, userIdentifiers,
                reportedToThirdCountry, thirdCountryReference, removedOrDisabled, urgent, legalBasis, openedAt, finishedAt, retractedAt,
                signatureAlgorithm, signedDocumentSha256, evidence, history, possibleEvents, signingInput,
                feedback.with(material.stream().map(Material::of).toList()), publicUrls, legalProfile);
    }

    /** One history row. */
    public record Move(String event, ReportState from, ReportState to, Instant at, String actor, String reason,
                       String legalBasis) implements Serializable {
    }

    /**
     * The report as its provider sees it: the review desk's inner states as FINISHED, only the
     * provider's own moves in the history and as next steps, and the Centre's {@link Feedback}.
     */
    static ReportView of(Report r) {
        return of(r, true);
    }

    /**
     * {@link #of(Report)} with its canonical document already written ({@code signingInput}, e.g. the
     * one the signature was just verified over: it is not written a second time).
     */
    static ReportView of(Report r, String signingInput) {
        return of(r, true, signingInput);
    }

    /** The report with every state, move and next step, for the Centre's own staff. */
    static ReportView forCentre(Report r) {
        return of(r, false);
    }

    private static ReportView of(Report r, boolean provider) {
        return of(r, provider, ReportDocument.canonical(r));
    }

    private static ReportView of(Report r, boolean provider, String signingInput) {
        return new ReportView(r.id(), r.version(), r.providerId(), provider ? r.state().providerView() : r.state(), r.type(), r.timestamp(), r.contentReference(),
                r.otherData(), r.location(), List.copyOf(r.userIdentifiers()), r.reportedToThirdCountry(),
                r.thirdCountryReference(), r.removedOrDisabled(), r.urgent(), r.legalBasis(), r.openedAt(), r.finishedAt(),
                r.retractedAt(), r.signatureAlgorithm(), r.signedDocumentSha256(),
                r.evidence().stream().map(e -> new Evidence(e.position(), e.kind(), e.value(), e.quality(), e.vaultItemId(),
                        e.mediaType(), e.size())).toList(),
                r.history().stream().filter(h -> !provider || providersOwn(h.event()))
                        .map(h -> new Move(h.event(), h.fromState().orElse(null), h.toState(), h.occurredAt(),
                        h.actor(), h.reason(), h.legalBasis())).toList(),
                Set.copyOf(provider ? r.providerEvents() : r.possibleEvents()), signingInput, Feedback.of(r),
                List.copyOf(r.publicUrls()), r.legalProfile());
    }

    private static boolean providersOwn(String event) {
        return ReportLifecycle.OPEN_EVENT.equals(event) || ReportEvent.valueOf(event).byProvider();
    }
}

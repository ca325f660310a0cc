package eu.csar.reports.application;

import eu.csar.reports.api.EvidenceKind;
import eu.csar.reports.api.ReportId;
import eu.csar.reports.api.ReportState;
import eu.csar.reports.api.ReportType;
import eu.csar.reports.domain.Report;
import eu.csar.reports.domain.ReportEvent;
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
 * (docs/reports.md) that the finishing signature covers, exactly as the platform computes it now.
 */
public record ReportView(ReportId id, long version, ProviderId providerId, ReportState state, ReportType type,
                         Instant timestamp, String contentReference, String otherData, ReportLocation location,
                         List<String> userIdentifiers, boolean reportedToThirdCountry, String thirdCountryReference,
                         boolean removedOrDisabled, boolean urgent, String legalBasis, Instant openedAt,
                         Instant finishedAt, Instant retractedAt, String signatureAlgorithm, String signedDocumentSha256,
                         List<Evidence> evidence, List<Move> history, Set<ReportEvent> possibleEvents,
                         String signingInput) implements Serializable {

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

    /** One history row. */
    public record Move(String event, ReportState from, ReportState to, Instant at, String actor, String reason,
                       String legalBasis) implements Serializable {
    }

    static ReportView of(Report r) {
        return new ReportView(r.id(), r.version(), r.providerId(), r.state(), r.type(), r.timestamp(), r.contentReference(),
                r.otherData(), r.location(), List.copyOf(r.userIdentifiers()), r.reportedToThirdCountry(),
                r.thirdCountryReference(), r.removedOrDisabled(), r.urgent(), r.legalBasis(), r.openedAt(), r.finishedAt(),
                r.retractedAt(), r.signatureAlgorithm(), r.signedDocumentSha256(),
                r.evidence().stream().map(e -> new Evidence(e.position(), e.kind(), e.value(), e.quality(), e.vaultItemId(),
                        e.mediaType(), e.size())).toList(),
                r.history().stream().map(h -> new Move(h.event(), h.fromState().orElse(null), h.toState(), h.occurredAt(),
                        h.actor(), h.reason(), h.legalBasis())).toList(),
                Set.copyOf(r.possibleEvents()), ReportDocument.canonical(r));
    }
}

package eu.csar.web.reports.rest;

import eu.csar.reports.application.ReportView;
import eu.csar.reports.domain.ReportLocation;

import java.time.Instant;
import java.util.List;

/**
 * A report as its provider sees it over the API: codes and ids as strings, times as UTC instants,
 * and {@code signingInput}, the canonical document (RFC 8785) the finishing signature covers.
 */
public record ReportDto(String id, long version, String providerId, String state, List<String> possibleEvents, String type,
                        String timestamp, String contentReference, String otherData, LocationDto location,
                        List<String> userIdentifiers, boolean reportedToThirdCountry, String thirdCountryReference,
                        boolean removedOrDisabled, boolean urgent, String legalBasis, String openedAt, String finishedAt,
                        String retractedAt, String signatureAlgorithm, String signedDocumentSha256, List<EvidenceDto> evidence,
                        List<HistoryRow> history, String signingInput, FeedbackDto feedback) {

    /**
     * The EU Centre's feedback on the report (Art 48(2)-(3)): {@code status} RECEIVED, FORWARDED
     * (decided to forward to law enforcement), MANIFESTLY_UNFOUNDED (with {@code reason}, a code of
     * the fixed list) or RETRACTED, since {@code at}; null while the report is OPEN. The reviewer's
     * name and internal note are never part of it.
     */
    public record FeedbackDto(String status, String reason, String at) {
    }

    /** Location data. */
    public record LocationDto(String ipAddress, Integer port, String observedAt, String country) {
    }

    /** One evidence item; content held in the evidence vault also has the vault item's id, its media type and size. */
    public record EvidenceDto(int position, String kind, String value, Integer quality, String vaultItemId, String mediaType,
                              Long size) {
    }

    /** One history row. */
    public record HistoryRow(String from, String event, String to, String at, String actor, String reason, String legalBasis) {
    }

    static ReportDto of(ReportView v) {
        ReportLocation l = v.location();
        return new ReportDto(v.id().toString(), v.version(), v.providerId().toString(), v.state().name(),
                v.possibleEvents().stream().map(Enum::name).sorted().toList(), v.type().name(), instant(v.timestamp()),
                v.contentReference(), v.otherData(),
                l == null ? null : new LocationDto(l.ipAddress(), l.port(), instant(l.observedAt()), l.country()),
                v.userIdentifiers(), v.reportedToThirdCountry(), v.thirdCountryReference(), v.removedOrDisabled(), v.urgent(),
                v.legalBasis(), instant(v.openedAt()), instant(v.finishedAt()), instant(v.retractedAt()), v.signatureAlgorithm(),
                v.signedDocumentSha256(),
                v.evidence().stream().map(e -> new EvidenceDto(e.position(), e.kind().name(), e.value(), e.quality(),
                        e.vaultItemId() == null ? null : e.vaultItemId().toString(), e.mediaType(), e.size())).toList(),
                v.history().stream().map(h -> new HistoryRow(h.from() == null ? null : h.from().name(), h.event(), h.to().name(),
                        instant(h.at()), h.actor(), h.reason(), h.legalBasis())).toList(),
                v.signingInput(),
                v.feedback() == null ? null : new FeedbackDto(v.feedback().status(),
                        v.feedback().reason() == null ? null : v.feedback().reason().name(), instant(v.feedback().at())));
    }

    private static String instant(Instant at) {
        return at == null ? null : at.toString();
    }
}

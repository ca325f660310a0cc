package eu.csar.web.reports.rest;

import eu.csar.legal.api.ProfileRef;
import eu.csar.reports.application.ReportView;
import eu.csar.reports.domain.ReportLocation;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.time.Instant;
import java.util.List;

/**
 * A report as its provider sees it over the API, in JSON and in SOAP: codes and ids as strings, times
 * as UTC instants, and {@code signingInput}, the canonical document (RFC 8785) the finishing
 * signature covers, the same whichever way the report came in.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Report")
public class ReportDto {

    public String id;
    public long version;
    public String providerId;
    public String state;
    @XmlElement(name = "possibleEvent")
    public List<String> possibleEvents;
    public String type;
    public String timestamp;
    public String contentReference;
    public String otherData;
    public LocationDto location;
    @XmlElement(name = "userIdentifier")
    public List<String> userIdentifiers;
    public boolean reportedToThirdCountry;
    public String thirdCountryReference;
    public boolean removedOrDisabled;
    public boolean urgent;
    public String legalBasis;
    /** Where the material was publicly accessible, as the provider sent it. */
    @XmlElement(name = "publicUrl")
    public List<String> publicUrls;
    public String openedAt;
    public String finishedAt;
    public String retractedAt;
    public String signatureAlgorithm;
    public String signedDocumentSha256;
    @XmlElement(name = "item")
    public List<EvidenceDto> evidence;
    @XmlElement(name = "step")
    public List<HistoryRow> history;
    public String signingInput;
    public FeedbackDto feedback;
    /** The legal-profile version the report was opened under and is judged by (its types, the desk's rules). */
    public LegalProfileDto legalProfile;

    /** A legal-profile version: {@code id} (e.g. COM-2022-209) and {@code version}. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "ReportLegalProfile")
    public static class LegalProfileDto {
        public String id;
        public int version;
    }

    /**
     * The EU Centre's feedback on the report (Art 48(2)-(3)): {@code status} RECEIVED, FORWARDED
     * (decided to forward to law enforcement), MANIFESTLY_UNFOUNDED (with {@code reason}, a code of
     * the fixed list) or RETRACTED, since {@code at}; null while the report is OPEN; once decided
     * {@code mayInformUserFrom} and, while law enforcement holds it, {@code holdUntil}. The reviewer's
     * name and internal note are never part of it.
     */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "ReportFeedback")
    public static class FeedbackDto {
        public String status;
        public String reason;
        public String at;
        /** From when the provider may inform the user (Art 12(2), Art 48(6)(a)); null before the Centre decided. */
        public String mayInformUserFrom;
        /** Until when law enforcement asked that the user not be informed; null without a hold. */
        public String holdUntil;
        /** The EU Centre's removal checks of the report's public URLs (none until it decided to forward the report). */
        @XmlElement(name = "publicMaterial")
        public List<MaterialDto> publicMaterial;
    }

    /**
     * The removal check of one public URL: {@code state} CHECKING, REMOVED (since {@code removedAt}),
     * STILL_ONLINE (the checks ended before it was gone) or NOT_CHECKABLE; the last check's time,
     * outcome and HTTP status; until when it is checked.
     */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "ReportPublicMaterial")
    public static class MaterialDto {
        public int position;
        public String url;
        public String state;
        public int checks;
        public String lastCheckedAt;
        public String lastOutcome;
        public Integer lastStatus;
        public String removedAt;
        public String checkedUntil;
    }

    /** Location data. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "ReportLocationData")
    public static class LocationDto {
        public String ipAddress;
        public Integer port;
        public String observedAt;
        public String country;
    }

    /** One evidence item; content held in the evidence vault also has the vault item's id, its media type and size. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "ReportEvidence")
    public static class EvidenceDto {
        public int position;
        public String kind;
        public String value;
        public Integer quality;
        public String vaultItemId;
        public String mediaType;
        public Long size;
    }

    /** One history row. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "ReportStep")
    public static class HistoryRow {
        public String from;
        public String event;
        public String to;
        public String at;
        public String actor;
        public String reason;
        public String legalBasis;
    }

    public static ReportDto of(ReportView v) {
        ReportDto d = new ReportDto();
        d.id = v.id().toString();
        d.version = v.version();
        d.providerId = v.providerId().toString();
        d.state = v.state().name();
        d.possibleEvents = v.possibleEvents().stream().map(Enum::name).sorted().toList();
        d.type = v.type().name();
        d.timestamp = instant(v.timestamp());
        d.contentReference = v.contentReference();
        d.otherData = v.otherData();
        d.location = location(v.location());
        d.userIdentifiers = v.userIdentifiers();
        d.reportedToThirdCountry = v.reportedToThirdCountry();
        d.thirdCountryReference = v.thirdCountryReference();
        d.removedOrDisabled = v.removedOrDisabled();
        d.urgent = v.urgent();
        d.legalBasis = v.legalBasis();
        d.publicUrls = v.publicUrls();
        d.openedAt = instant(v.openedAt());
        d.finishedAt = instant(v.finishedAt());
        d.retractedAt = instant(v.retractedAt());
        d.signatureAlgorithm = v.signatureAlgorithm();
        d.signedDocumentSha256 = v.signedDocumentSha256();
        d.evidence = v.evidence().stream().map(ReportDto::evidence).toList();
        d.history = v.history().stream().map(ReportDto::step).toList();
        d.signingInput = v.signingInput();
        d.feedback = feedback(v.feedback());
        d.legalProfile = legalProfile(v.legalProfile());
        return d;
    }

    private static LegalProfileDto legalProfile(ProfileRef p) {
        if (p == null) {
            return null;
        }
        LegalProfileDto d = new LegalProfileDto();
        d.id = p.profileId();
        d.version = p.version();
        return d;
    }

    private static FeedbackDto feedback(ReportView.Feedback f) {
        if (f == null) {
            return null;
        }
        FeedbackDto d = new FeedbackDto();
        d.status = f.status();
        d.reason = f.reason() == null ? null : f.reason().name();
        d.at = instant(f.at());
        d.mayInformUserFrom = f.mayInformUserFrom() == null ? null : instant(f.mayInformUserFrom());
        d.holdUntil = f.holdUntil() == null ? null : instant(f.holdUntil());
        d.publicMaterial = f.publicMaterial().stream().map(ReportDto::material).toList();
        return d;
    }

    private static MaterialDto material(ReportView.Material m) {
        MaterialDto d = new MaterialDto();
        d.position = m.position();
        d.url = m.url();
        d.state = m.state().name();
        d.checks = m.checks();
        d.lastCheckedAt = instant(m.lastCheckedAt());
        d.lastOutcome = m.lastOutcome() == null ? null : m.lastOutcome().name();
        d.lastStatus = m.lastStatus();
        d.removedAt = instant(m.removedAt());
        d.checkedUntil = instant(m.checkedUntil());
        return d;
    }

    private static LocationDto location(ReportLocation l) {
        if (l == null) {
            return null;
        }
        LocationDto d = new LocationDto();
        d.ipAddress = l.ipAddress();
        d.port = l.port();
        d.observedAt = instant(l.observedAt());
        d.country = l.country();
        return d;
    }

    private static EvidenceDto evidence(ReportView.Evidence e) {
        EvidenceDto d = new EvidenceDto();
        d.position = e.position();
        d.kind = e.kind().name();
        d.value = e.value();
        d.quality = e.quality();
        d.vaultItemId = e.vaultItemId() == null ? null : e.vaultItemId().toString();
        d.mediaType = e.mediaType();
        d.size = e.size();
        return d;
    }

    private static HistoryRow step(ReportView.Move h) {
        HistoryRow d = new HistoryRow();
        d.from = h.from() == null ? null : h.from().name();
        d.event = h.event();
        d.to = h.to().name();
        d.at = instant(h.at());
        d.actor = h.actor();
        d.reason = h.reason();
        d.legalBasis = h.legalBasis();
        return d;
    }

    static String instant(Instant at) {
        return at == null ? null : at.toString();
    }
}

package eu.csar.web.reports.rest;

import eu.csar.reports.api.EvidenceKind;
import eu.csar.reports.api.ReportId;
import eu.csar.reports.api.ReportState;
import eu.csar.reports.api.ReportType;
import eu.csar.reports.domain.EvidenceInput;
import eu.csar.reports.domain.ReportContent;
import eu.csar.reports.domain.ReportLocation;
import eu.csar.reports.application.EvidenceContent;
import eu.csar.vault.api.ContentTooLargeException;
import eu.csar.web.platform.rest.BodyRefused;
import eu.csar.web.platform.rest.Inputs;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The bodies providers send to {@code /api/v1/reports} (JSON) and to the SOAP endpoint (XML, the same
 * fields), read field by field so that a code or a time that cannot be read is a 400 problem naming
 * its field; the rest is checked by Bean Validation at the service, with the same kind of problem.
 * REST and SOAP read them through the methods here, so both refuse the same input with the same words.
 */
public final class ReportRequests {

    private ReportRequests() {
    }

    /** A new report: its Art 13 content (docs/reports.md). */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "ReportContent")
    public static class Create {
        /** KNOWN, NEW or GROOMING. */
        public String type;
        /** The provider's time stamp of the report, ISO 8601 UTC. */
        public String timestamp;
        /** The provider's own reference to the content data (no content). */
        public String contentReference;
        public String otherData;
        public Location location;
        @XmlElement(name = "userIdentifier")
        public List<String> userIdentifiers;
        public Boolean reportedToThirdCountry;
        /** e.g. an NCMEC CyberTipline report id. */
        public String thirdCountryReference;
        public Boolean removedOrDisabled;
        /** Imminent threat to a child. */
        public Boolean urgent;
        public String legalBasis;
        /** Where the material was publicly accessible: http(s) URLs, at most 20; the EU Centre checks them for removal. */
        @XmlElement(name = "publicUrl")
        public List<String> publicUrls;

        public ReportContent toDomain() {
            return new ReportContent(Inputs.enumOrNull(ReportType.class, type, "type"), Inputs.instantOrNull(timestamp, "timestamp"),
                    contentReference, otherData, location == null ? null : location.toDomain(), userIdentifiers,
                    reportedToThirdCountry, thirdCountryReference, removedOrDisabled, urgent, legalBasis, publicUrls);
        }
    }

    /** Location data (Art 13(1)(e)). */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "ReportLocation")
    public static class Location {
        public String ipAddress;
        public Integer port;
        /** When the address was used, ISO 8601 UTC. */
        public String observedAt;
        /** ISO 3166 alpha-2, if known. */
        public String country;

        ReportLocation toDomain() {
            return new ReportLocation(ipAddress, port, Inputs.instantOrNull(observedAt, "location.observedAt"), country);
        }
    }

    /** One evidence item: a hash computed by the provider. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "EvidenceItem")
    public static class Item {
        /** PDQ, MD5 or SHA256. */
        public String kind;
        /** Hexadecimal digits. */
        public String value;
        /** PDQ only: 50 to 100. */
        public Integer quality;
    }

    /** Evidence items to attach, in order. */
    public static class Evidence {
        public List<Item> items;
    }

    /** The finishing signature. */
    public static class Finish {
        /** Compact JWS with detached payload (header..signature) over the report's canonical document. */
        public String signature;
    }

    /** Why the provider retracts (optional). */
    public static class Retract {
        public String reason;
    }

    /** A report whose evidence is hashes only, in one call: the id the provider chose, the content, the items, the signature. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "CompleteReport")
    public static class Complete extends Create {
        /** A random UUID the provider chose; the canonical document it signed names it. */
        public String id;
        @XmlElement(name = "item")
        public List<Item> items;
        public String signature;
    }

    /** The filter of a provider's list: states (none: any), opened from (inclusive) and to (exclusive). */
    public record Filter(Set<ReportState> states, Instant from, Instant to) {
    }

    /** The list's default page size and its largest. */
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** The list's filter as sent: each {@code state} a ReportState, {@code from} and {@code to} ISO 8601 UTC instants. */
    public static Filter filter(List<String> states, String from, String to) {
        Set<ReportState> parsed = EnumSet.noneOf(ReportState.class);
        for (String state : states == null ? List.<String>of() : states) {
            if (state != null && !state.isBlank()) {
                parsed.add(Inputs.requiredEnum(ReportState.class, state, "state"));
            }
        }
        return new Filter(parsed, Inputs.instantOrNull(from, "from"), Inputs.instantOrNull(to, "to"));
    }

    /** The page asked for (from 0), checked with {@code size} (1 to {@value #MAX_SIZE}). */
    public static int page(int page, int size) {
        Inputs.firstRow(page, size, MAX_SIZE);
        return page;
    }

    /** A report's id as the caller sent it: 400 naming {@code field} unless it is a UUID. */
    public static ReportId id(String id, String field) {
        return new ReportId(Inputs.uuid(id, field));
    }

    /**
     * The accepted media type {@code named} says (a {@code Content-Type} or a SOAP field); 415
     * otherwise, {@code how} telling the caller where to name it.
     */
    public static String mediaType(String named, String how) {
        return EvidenceContent.mediaType(named).orElseThrow(() -> BodyRefused.unsupportedMediaType(
                "Send the content with its media type as " + how + ", one of " + String.join(", ", EvidenceContent.MEDIA_TYPES)));
    }

    /** Content data inside a SOAP message, as a stream for the intake: 413 over 20 MiB, 400 naming {@code content} when empty. */
    public static InputStream content(byte[] content) {
        if (content == null || content.length == 0) {
            throw emptyContent();
        }
        if (EvidenceContent.tooLargeForMessage(content.length)) {
            throw BodyRefused.tooLarge("A content item in a SOAP message is at most " + EvidenceContent.MESSAGE_MAX_BYTES
                    + " bytes (20 MiB); send larger ones over REST");
        }
        return new ByteArrayInputStream(content);
    }

    /**
     * A REST body as the content's stream, read by the intake inside its transaction: 400 naming
     * {@code content} when it is empty (one byte is read to know). Past the operation's limit
     * ({@code RequestBodyLimit}) a read fails as {@link ContentTooLargeException}, which the intake's
     * transaction rolls back on and answers 413.
     */
    public static InputStream content(InputStream body) throws IOException {
        PushbackInputStream content = new PushbackInputStream(body == null ? InputStream.nullInputStream() : body, 1);
        int first = content.read();
        if (first < 0) {
            throw emptyContent();
        }
        content.unread(first);
        return new FilterInputStream(content) {
            @Override
            public int read() throws IOException {
                try {
                    return super.read();
                } catch (BodyRefused refused) {
                    throw tooLarge();
                }
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                try {
                    return super.read(buffer, offset, length);
                } catch (BodyRefused refused) {
                    throw tooLarge();
                }
            }
        };
    }

    private static ContentTooLargeException tooLarge() {
        return new ContentTooLargeException(EvidenceContent.maxBytes());
    }

    private static RuntimeException emptyContent() {
        return Inputs.invalid("content", "the body is empty: send the content's bytes");
    }

    /** The evidence items to attach, in order: 400 naming the item and its field for one that cannot be read. */
    public static List<EvidenceInput> items(List<Item> items) {
        if (items == null || items.isEmpty()) {
            throw Inputs.invalid("items", "at least one evidence item");
        }
        List<EvidenceInput> parsed = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (item == null) {
                throw Inputs.invalid("items[" + i + "]", "an item has a kind and a value");
            }
            parsed.add(new EvidenceInput(Inputs.requiredEnum(EvidenceKind.class, item.kind, "items[" + i + "].kind"),
                    Inputs.requiredText(item.value, "items[" + i + "].value"), item.quality));
        }
        return parsed;
    }
}

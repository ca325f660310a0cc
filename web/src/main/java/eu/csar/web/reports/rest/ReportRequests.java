package eu.csar.web.reports.rest;

import eu.csar.reports.api.EvidenceKind;
import eu.csar.reports.api.ReportType;
import eu.csar.reports.domain.EvidenceInput;
import eu.csar.reports.domain.ReportContent;
import eu.csar.reports.domain.ReportLocation;
import eu.csar.web.platform.rest.Inputs;

import java.util.ArrayList;
import java.util.List;

/**
 * The bodies providers send to {@code /api/v1/reports}, read field by field so that a code or a time
 * that cannot be read is a 400 problem naming its field; the rest is checked by Bean Validation at
 * the service, with the same kind of problem.
 */
public final class ReportRequests {

    private ReportRequests() {
    }

    /** A new report: its Art 13 content (docs/reports.md). */
    public static class Create {
        /** KNOWN, NEW or GROOMING. */
        public String type;
        /** The provider's time stamp of the report, ISO 8601 UTC. */
        public String timestamp;
        /** The provider's own reference to the content data (no content). */
        public String contentReference;
        public String otherData;
        public Location location;
        public List<String> userIdentifiers;
        public Boolean reportedToThirdCountry;
        /** e.g. an NCMEC CyberTipline report id. */
        public String thirdCountryReference;
        public Boolean removedOrDisabled;
        /** Imminent threat to a child. */
        public Boolean urgent;
        public String legalBasis;

        ReportContent toDomain() {
            return new ReportContent(Inputs.enumOrNull(ReportType.class, type, "type"), Inputs.instantOrNull(timestamp, "timestamp"),
                    contentReference, otherData, location == null ? null : location.toDomain(), userIdentifiers,
                    reportedToThirdCountry, thirdCountryReference, removedOrDisabled, urgent, legalBasis);
        }
    }

    /** Location data (Art 13(1)(e)). */
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
    public static class Complete extends Create {
        /** A random UUID the provider chose; the canonical document it signed names it. */
        public String id;
        public List<Item> items;
        public String signature;
    }

    static List<EvidenceInput> items(List<Item> items) {
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

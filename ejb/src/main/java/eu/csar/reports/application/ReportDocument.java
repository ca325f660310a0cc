package eu.csar.reports.application;

import eu.csar.reports.domain.EvidenceItem;
import eu.csar.reports.domain.Report;
import eu.csar.reports.domain.ReportLocation;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import org.erdtman.jcs.JsonCanonicalizer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The one definition of what a provider signs when it finishes a report: the report's canonical
 * document, a JSON object canonicalised by RFC 8785 (JCS: members sorted by name, no whitespace,
 * UTF-8). Members (docs/reports.md has a worked example):
 * <ul>
 *   <li>{@code "csarReport": 1} (the document's version), {@code "id"} and {@code "provider"} (UUIDs,
 *       lower case), {@code "type"} (KNOWN, NEW, GROOMING), {@code "timestamp"};</li>
 *   <li>{@code "contentReference"}, {@code "otherData"}, {@code "thirdCountryReference"} only when present;</li>
 *   <li>{@code "location"} only when present: {@code "ipAddress"} and, when known, {@code "port"},
 *       {@code "observedAt"}, {@code "country"};</li>
 *   <li>{@code "userIdentifiers"}: always, an array of strings in the order sent (may be empty);</li>
 *   <li>{@code "publicUrls"}: only when the report names any, an array of the URLs in the order sent
 *       (so the documents of reports without them are what they always were);</li>
 *   <li>{@code "reportedToThirdCountry"}, {@code "removedOrDisabled"}, {@code "urgent"}: booleans;
 *       {@code "legalBasis"}: the text;</li>
 *   <li>{@code "evidence"}: always, an array in the order attached (by {@code "position"}, from 1), each
 *       {@code {"position", "kind", "value"}} plus {@code "quality"} for a PDQ hash; values in lower case; an
 *       item whose content the provider attached into the evidence vault is its SHA-256 (the vault's digest
 *       of the bytes) with {@code "vault": true}, so the signature binds the exact content.</li>
 * </ul>
 * Text is as stored (leading and trailing white space removed). Times are the stored instants
 * (microsecond precision) written by {@link DateTimeFormatter#ISO_INSTANT}: UTC with a {@code Z}, no
 * fraction when it is zero, else 3 or 6 digits. The IP address is as stored: IPv4 dotted, IPv6 in
 * full lower-case form. What the platform stores is what {@code GET /api/v1/reports/{id}} returns
 * as {@code signingInput}.
 */
public final class ReportDocument {

    /** The version of the document's definition, signed with it. */
    public static final int VERSION = 1;

    /**
     * The member that marks an evidence item whose content the evidence vault holds ({@code true});
     * absent on a hash-only item, so documents without content are what they were before content
     * could be attached.
     */
    static final String VAULT = "vault";

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(null);

    private ReportDocument() {
    }

    /** The canonical document of {@code report} as it stands (its evidence so far), as text. */
    public static String canonical(Report report) {
        JsonObjectBuilder doc = JSON.createObjectBuilder()
                .add("csarReport", VERSION)
                .add("id", report.id().toString())
                .add("provider", report.providerId().toString())
                .add("type", report.type().name())
                .add("timestamp", instant(report.timestamp()));
        optional(doc, "contentReference", report.contentReference());
        optional(doc, "otherData", report.otherData());
        ReportLocation location = report.location();
        if (location != null) {
            JsonObjectBuilder l = JSON.createObjectBuilder().add("ipAddress", location.ipAddress());
            if (location.port() != null) {
                l.add("port", location.port());
            }
            if (location.observedAt() != null) {
                l.add("observedAt", instant(location.observedAt()));
            }
            optional(l, "country", location.country());
            doc.add("location", l);
        }
        JsonArrayBuilder users = JSON.createArrayBuilder();
        report.userIdentifiers().forEach(users::add);
        if (!report.publicUrls().isEmpty()) {
            JsonArrayBuilder urls = JSON.createArrayBuilder();
            report.publicUrls().forEach(urls::add);
            doc.add("publicUrls", urls);
        }
        doc.add("userIdentifiers", users)
                .add("reportedToThirdCountry", report.reportedToThirdCountry())
                .add("removedOrDisabled", report.removedOrDisabled())
                .add("urgent", report.urgent())
                .add("legalBasis", report.legalBasis());
        optional(doc, "thirdCountryReference", report.thirdCountryReference());
        JsonArrayBuilder evidence = JSON.createArrayBuilder();
        for (EvidenceItem item : report.evidence()) {
            JsonObjectBuilder e = JSON.createObjectBuilder().add("position", item.position()).add("kind", item.kind().name())
                    .add("value", item.value());
            if (item.quality() != null) {
                e.add("quality", item.quality());
            }
            if (item.heldInVault()) {
                e.add(VAULT, true);
            }
            evidence.add(e);
        }
        doc.add("evidence", evidence);
        return canonicalise(doc.build().toString());
    }

    /** RFC 8785 canonical form of a JSON text. */
    static String canonicalise(String json) {
        try {
            return new JsonCanonicalizer(json).getEncodedString();
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + e.getMessage(), e);
        }
    }

    /** The UTF-8 bytes the signature covers. */
    public static byte[] bytes(String canonical) {
        return canonical.getBytes(StandardCharsets.UTF_8);
    }

    /** SHA-256 of the document's UTF-8 bytes, in hexadecimal. */
    public static String sha256(String canonical) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes(canonical)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String instant(Instant at) {
        return DateTimeFormatter.ISO_INSTANT.format(at);
    }

    private static void optional(JsonObjectBuilder b, String name, String value) {
        if (value != null) {
            b.add(name, value);
        }
    }
}

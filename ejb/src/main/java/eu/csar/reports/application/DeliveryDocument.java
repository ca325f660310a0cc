package eu.csar.reports.application;

import eu.csar.reports.api.Jurisdiction;
import eu.csar.reports.domain.EvidenceItem;
import eu.csar.reports.domain.Report;
import eu.csar.reports.domain.ReportDelivery;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.io.StringReader;

/**
 * What a recipient receives of a forwarded report (Art 48(3)), as JSON: {@code deliveryId} (the key
 * the recipient drops a repeat by), {@code reportId}, {@code recipient}, {@code urgent}, the
 * {@code jurisdiction} ({@code memberStates}, {@code europol}), the {@code report} as the provider
 * signed it (its canonical document, {@link ReportDocument}: the Art 13 content with hashes only),
 * the provider's {@code signature} over it with its algorithm and SHA-256, and {@code vaultReferences}
 * for the items whose content the evidence vault holds (id, digest, media type, size). Never content
 * data: the recipient asks the Centre for it through the vault, audited there.
 */
final class DeliveryDocument {

    private DeliveryDocument() {
    }

    static String of(ReportDelivery delivery, Report report) {
        Jurisdiction jurisdiction = report.review().jurisdiction();
        JsonArrayBuilder states = Json.createArrayBuilder();
        jurisdiction.memberStates().stream().map(Enum::name).sorted().forEach(states::add);
        JsonArrayBuilder vault = Json.createArrayBuilder();
        for (EvidenceItem item : report.evidence()) {
            if (item.heldInVault()) {
                vault.add(Json.createObjectBuilder().add("position", item.position())
                        .add("vaultItemId", item.vaultItemId().toString()).add("sha256", item.value())
                        .add("mediaType", item.mediaType()).add("size", item.size()));
            }
        }
        JsonObjectBuilder doc = Json.createObjectBuilder()
                .add("deliveryId", delivery.id().toString())
                .add("reportId", report.id().toString())
                .add("recipient", delivery.recipient())
                .add("urgent", report.urgent())
                .add("jurisdiction", Json.createObjectBuilder().add("memberStates", states).add("europol", jurisdiction.europol()))
                .add("report", Json.createReader(new StringReader(ReportDocument.canonical(report))).readObject())
                .add("signature", report.signature())
                .add("signatureAlgorithm", report.signatureAlgorithm())
                .add("signedDocumentSha256", report.signedDocumentSha256())
                .add("vaultReferences", vault);
        return doc.build().toString();
    }
}

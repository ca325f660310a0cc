package eu.csar.orders.application;

/**
 * The verification hash of an issued detection order (Annex I of COM(2022) 209): SHA-256 of its
 * canonical issue data ({@link OrderDigest}), what the issuing authority issued and what never
 * changes afterwards. Keys in this order: {@code id}, {@code reference}, {@code memberState} (of the
 * Coordinating Authority of establishment), {@code issuingAuthority}, {@code issuedAt} (the decision),
 * {@code providerId}, {@code providerName}, {@code addressedTo}, {@code service}, {@code serviceScope}
 * (the adjusted draft, empty if none), {@code detectionType}, {@code indicatorSets} (array of set ids,
 * sorted), {@code duration} (ISO 8601), {@code start}, {@code end}, {@code safeguards},
 * {@code technologyReference}, {@code reasons} (the request's), {@code decisionReasons},
 * {@code profile} ({@code "ID/version"}). A draft request has no hash (null): it is not an order yet.
 */
public final class DetectionOrderDigest {

    private DetectionOrderDigest() {
    }

    public static String canonical(DetectionOrderView o) {
        return OrderDigest.canonical().field("id", o.id().toString()).field("reference", o.reference())
                .field("memberState", o.memberState().name()).field("issuingAuthority", o.issuingAuthority())
                .field("issuedAt", o.decidedAt()).field("providerId", o.provider().toString())
                .field("providerName", o.providerName()).field("addressedTo", o.addressedTo().name())
                .field("service", o.service()).field("serviceScope", o.adjustments()).field("detectionType", o.type().name())
                .strings("indicatorSets", o.indicatorSets().stream().map(Object::toString).sorted().toList())
                .field("duration", o.duration()).field("start", o.start()).field("end", o.end())
                .field("safeguards", o.safeguards()).field("technologyReference", o.technologyReference())
                .field("reasons", o.reasons()).field("decisionReasons", o.decisionReasons())
                .field("profile", o.profile().profileId() + "/" + o.profile().version()).text();
    }

    /** The hash of an issued order; null before it is issued (or when it never was). */
    public static String of(DetectionOrderView o) {
        return o.issued() ? OrderDigest.sha256(canonical(o)) : null;
    }
}

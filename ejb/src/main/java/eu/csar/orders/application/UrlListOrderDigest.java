package eu.csar.orders.application;

/**
 * The verification hash of a blocking order (Annex VII of COM(2022) 209) or a delisting order
 * (Council general approach 2025): SHA-256 of its canonical issue data ({@link OrderDigest}), the
 * part that never changes after issue. Keys in this order: {@code id}, {@code type},
 * {@code reference}, {@code issuingMemberState}, {@code issuingAuthority}, {@code issuedAt},
 * {@code providerId}, {@code providerName}, {@code addressedTo}, {@code entries} (array of
 * {@code {"entryId","url"}} in the order's order; a later lift changes nothing), {@code reasons},
 * {@code userNotice}, {@code periodOfApplication}, {@code endsAt} (the last three empty for a
 * delisting order), {@code profile} ({@code "ID/version"}).
 */
public final class UrlListOrderDigest {

    private UrlListOrderDigest() {
    }

    public static String canonical(UrlListOrderView o) {
        return OrderDigest.canonical().field("id", o.id().toString()).field("type", o.type().name())
                .field("reference", o.reference()).field("issuingMemberState", o.issuingMemberState().name())
                .field("issuingAuthority", o.issuingAuthority()).field("issuedAt", o.issuedAt())
                .field("providerId", o.provider().toString()).field("providerName", o.providerName())
                .field("addressedTo", o.addressedTo().name())
                .objects("entries", o.entries(), (e, json) -> json.field("entryId", e.indicatorId().toString()).field("url", e.url()))
                .field("reasons", o.reasons()).field("userNotice", o.userNotice())
                .field("periodOfApplication", o.periodOfApplication()).field("endsAt", o.endsAt())
                .field("profile", o.profile().profileId() + "/" + o.profile().version()).text();
    }

    public static String of(UrlListOrderView o) {
        return OrderDigest.sha256(canonical(o));
    }
}

package eu.csar.orders.application;

import eu.csar.legal.api.ProfileRef;
import eu.csar.orders.api.Addressee;
import eu.csar.orders.api.RemovalOrderId;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;

import java.time.Instant;
import java.util.List;

/**
 * The verification hash of a removal order: SHA-256 (lower-case hex) of its canonical issue data,
 * the part of the order that never changes after issue (Annex IV: who issued it, when, to whom,
 * which items, why, under which legal profile). Printed on the annex PDF and returned by the API
 * and the portal, so that whoever holds a copy can recompute it and compare.
 *
 * <p>The canonical form is one JSON object in UTF-8, no white space, keys in this order: {@code id},
 * {@code reference}, {@code issuingMemberState}, {@code issuingAuthority}, {@code issuedAt} (ISO 8601
 * UTC, whole seconds), {@code providerId}, {@code providerName}, {@code addressedTo},
 * {@code items} (array of {@code {"kind","locator"}} in the order's order), {@code reasons},
 * {@code profile} ({@code "ID/version"}); canonical JSON and hash as every order's ({@link OrderDigest}).
 */
public final class RemovalOrderDigest {

    private RemovalOrderDigest() {
    }

    public static String canonical(RemovalOrderId id, String reference, MemberState issuingMemberState, String issuingAuthority,
                                   Instant issuedAt, ProviderId providerId, String providerName, Addressee addressedTo,
                                   List<RemovalOrderView.Item> items, String reasons, ProfileRef profile) {
        return OrderDigest.canonical().field("id", id.toString()).field("reference", reference)
                .field("issuingMemberState", issuingMemberState.name()).field("issuingAuthority", issuingAuthority)
                .field("issuedAt", issuedAt).field("providerId", providerId.toString()).field("providerName", providerName)
                .field("addressedTo", addressedTo.name())
                .objects("items", items, (item, json) -> json.field("kind", item.kind().name()).field("locator", item.locator()))
                .field("reasons", reasons).field("profile", profile.profileId() + "/" + profile.version()).text();
    }

    /** The view's own hash, recomputed from its fields (what a recipient does with a copy). */
    public static String of(RemovalOrderView order) {
        return OrderDigest.sha256(canonical(order.id(), order.reference(), order.issuingMemberState(), order.issuingAuthority(),
                order.issuedAt(), order.provider(), order.providerName(), order.addressedTo(), order.items(), order.reasons(),
                order.profile()));
    }
}

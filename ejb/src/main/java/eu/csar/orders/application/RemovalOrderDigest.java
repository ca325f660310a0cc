package eu.csar.orders.application;

import eu.csar.legal.api.ProfileRef;
import eu.csar.orders.api.Addressee;
import eu.csar.orders.api.RemovalOrderId;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
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
 * {@code profile} ({@code "ID/version"}); strings escape only {@code "}, {@code \} and control
 * characters (as {@code \}{@code uXXXX}).
 */
public final class RemovalOrderDigest {

    private RemovalOrderDigest() {
    }

    public static String canonical(RemovalOrderId id, String reference, MemberState issuingMemberState, String issuingAuthority,
                                   Instant issuedAt, ProviderId providerId, String providerName, Addressee addressedTo,
                                   List<RemovalOrderView.Item> items, String reasons, ProfileRef profile) {
        StringBuilder json = new StringBuilder(256).append('{');
        field(json, "id", id.toString()).append(',');
        field(json, "reference", reference).append(',');
        field(json, "issuingMemberState", issuingMemberState.name()).append(',');
        field(json, "issuingAuthority", issuingAuthority).append(',');
        field(json, "issuedAt", issuedAt.truncatedTo(ChronoUnit.SECONDS).toString()).append(',');
        field(json, "providerId", providerId.toString()).append(',');
        field(json, "providerName", providerName).append(',');
        field(json, "addressedTo", addressedTo.name()).append(',');
        json.append("\"items\":[");
        for (int i = 0; i < items.size(); i++) {
            json.append(i == 0 ? "{" : ",{");
            field(json, "kind", items.get(i).kind().name()).append(',');
            field(json, "locator", items.get(i).locator()).append('}');
        }
        json.append("],");
        field(json, "reasons", reasons).append(',');
        field(json, "profile", profile.profileId() + "/" + profile.version());
        return json.append('}').toString();
    }

    /** The view's own hash, recomputed from its fields (what a recipient does with a copy). */
    public static String of(RemovalOrderView order) {
        return sha256(canonical(order.id(), order.reference(), order.issuingMemberState(), order.issuingAuthority(),
                order.issuedAt(), order.provider(), order.providerName(), order.addressedTo(), order.items(), order.reasons(),
                order.profile()));
    }

    public static String sha256(String canonical) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static StringBuilder field(StringBuilder json, String name, String value) {
        json.append('"').append(name).append("\":\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"');
    }
}

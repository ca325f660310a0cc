package eu.csar.orders.application;

import eu.csar.orders.api.ExecutionMeasure;
import eu.csar.shared.domain.MemberState;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One item removed (or disabled) under an executed removal order (Art 14 of COM(2022) 209), written
 * as a statement of reasons for the DSA Transparency Database (Art 17 and 24(5) of Regulation (EU)
 * 2022/2065): one event, two obligations. Field names and values are the database's; what the order
 * does not know is filled as the database's rules ask (content type OTHER with its explanation) and
 * nothing of the content or of any user goes in: no locator, no URL, no uploader; the source is the
 * issuing authority, a public body. The {@code puid} is made of the order's id and the item's
 * position, so every export of the same removal carries the same puid and the database refuses a
 * second submission of it instead of counting it twice.
 */
public final class DsaStatementOfReasons {

    /** What a statement is made of: the executed order, without its items' locators. */
    public record Removal(UUID orderId, String reference, MemberState issuingMemberState, String issuingAuthority,
                          String profile, Instant issuedAt, Instant executedAt, ExecutionMeasure measure, int items) {
    }

    static final String PUID_PREFIX = "csar-ro-";
    static final int MAX_SHORT = 500;
    static final int MAX_EXPLANATION = 2000;
    static final int MAX_FACTS = 5000;

    private DsaStatementOfReasons() {
    }

    /** The stable platform unique identifier of item {@code position} (from 0) of an order. */
    public static String puid(UUID orderId, int position) {
        return PUID_PREFIX + orderId + "-" + position;
    }

    /** The statement for item {@code position} (from 0) of the removal, in the database's field names, in a stable order. */
    public static Map<String, Object> of(Removal r, int position) {
        LocalDate applied = r.executedAt().atOffset(ZoneOffset.UTC).toLocalDate();
        LocalDate issued = r.issuedAt().atOffset(ZoneOffset.UTC).toLocalDate();
        // the platform does not know when the content was posted; it was online at the latest when the order was issued
        LocalDate content = issued.isAfter(applied) ? applied : issued;
        String order = "removal order " + r.reference() + " of " + r.issuingAuthority() + " (" + r.issuingMemberState() + ")";
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("decision_visibility", List.of(r.measure() == ExecutionMeasure.DISABLED
                ? "DECISION_VISIBILITY_CONTENT_DISABLED" : "DECISION_VISIBILITY_CONTENT_REMOVED"));
        s.put("decision_ground", "DECISION_GROUND_ILLEGAL_CONTENT");
        s.put("illegal_content_legal_ground", cut("Article 14 of the Regulation laying down rules to prevent and combat child"
                + " sexual abuse (COM(2022) 209; legal profile " + r.profile() + "): " + order, MAX_SHORT));
        s.put("illegal_content_explanation", cut("The item was named in " + order + ", issued on " + issued
                + " under Article 14 of the Regulation laying down rules to prevent and combat child sexual abuse, which"
                + " requires the hosting provider to remove or disable access to child sexual abuse material in all Member"
                + " States. The provider executed the order on " + applied + " and reported the execution (Annex VI)."
                + " A removal order under that Regulation is an order of a judicial or independent administrative"
                + " authority; Article 17 of Regulation (EU) 2022/2065 applies to the provider's decision to act on it.",
                MAX_EXPLANATION));
        s.put("content_type", List.of("CONTENT_TYPE_OTHER"));
        s.put("content_type_other", "An item named in a removal order by URL or content reference; the EU Centre platform"
                + " records no content and no type of content");
        s.put("category", "STATEMENT_CATEGORY_PROTECTION_OF_MINORS");
        s.put("category_specification", List.of("KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL"));
        // Art 14(1): remove or disable access in all Member States
        s.put("territorial_scope", Arrays.stream(MemberState.values()).map(Enum::name).toList());
        s.put("content_date", content.toString());
        s.put("application_date", applied.toString());
        s.put("decision_facts", cut("Item " + (position + 1) + " of " + r.items() + " named in " + order + " (EU Centre platform"
                + " order " + r.orderId() + "), " + (r.measure() == ExecutionMeasure.DISABLED ? "access disabled" : "removed")
                + " in execution of the order. The order, not a notice or the provider's own initiative, led to the decision.", MAX_FACTS));
        s.put("source_type", "SOURCE_TYPE_OTHER_NOTIFICATION");
        s.put("source_identity", cut("Issuing authority of " + r.issuingMemberState() + ": " + r.issuingAuthority(), MAX_SHORT));
        s.put("automated_detection", "No");
        s.put("automated_decision", "AUTOMATED_DECISION_NOT_AUTOMATED");
        s.put("puid", puid(r.orderId(), position));
        return s;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}

package eu.csar.orders.application;

import eu.csar.indicators.api.IndicatorSetId;
import eu.csar.legal.api.LegalPeriod;
import eu.csar.legal.api.ProfileKey;
import eu.csar.legal.api.ProfileRef;
import eu.csar.legal.api.ProfileValue;
import eu.csar.legal.domain.ProfileDocument;
import eu.csar.legal.domain.ShippedProfileFiles;
import eu.csar.orders.api.Addressee;
import eu.csar.orders.domain.AnnexIiGround;
import eu.csar.orders.domain.DetectionOrder;
import eu.csar.orders.domain.DetectionOrderProfile;
import eu.csar.orders.domain.DetectionOrderType;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Annex I PDF of an issued detection order and its verification hash: the PDF has one section
 * per item of the shipped COM-2022-209 template and carries the order's data, id and hash; the hash
 * exists from the issue on, stays as the order moves on, and changes with any issue datum.
 */
class DetectionOrderAnnexTest {

    static final Instant T0 = Instant.parse("2026-03-01T10:17:03.123456Z");
    static final String COM = "COM-2022-209";
    static final IndicatorSetId SET_A = new IndicatorSetId(UUID.fromString("00000000-0000-4000-8000-0000000004a1"));
    static final IndicatorSetId SET_B = new IndicatorSetId(UUID.fromString("00000000-0000-4000-8000-0000000004b2"));

    static ProfileDocument shipped() {
        return ShippedProfileFiles.documents().stream().filter(d -> d.profileId().equals(COM)).findFirst().orElseThrow();
    }

    static ProfileValue value(ProfileKey key) {
        return shipped().values().stream().filter(v -> v.key().equals(key.key())).findFirst().orElseThrow();
    }

    static DetectionOrderProfile rules() {
        return DetectionOrderProfile.of(new ProfileRef(COM, shipped().version()), shipped().values());
    }

    /** Drafted, consulted, adjusted, planned and submitted: what the issuing authority decides on. */
    static DetectionOrder submitted(String reasons, Set<IndicatorSetId> sets) {
        DetectionOrderProfile rules = rules();
        DetectionOrder o = DetectionOrder.draft("NL-DO-7", MemberState.NL,
                new ProviderId(UUID.fromString("00000000-0000-0000-0000-0000000000a1")), "Alpha Hosting",
                Addressee.POINT_OF_CONTACT, "poc@alpha.example", "AlphaDrive public links", DetectionOrderType.KNOWN_MATERIAL,
                sets, LegalPeriod.parse("P12M"), "Human review of every hit", "TECH-PDQ-1", reasons, null, rules, "ca-nl", T0);
        o.sendForConsultation(rules, LegalPeriod.weeks(2), "ca-nl", T0);
        o.recordProviderComments("ok", "alpha", T0.plus(Duration.ofDays(1)));
        o.recordCentreOpinion("ok", "centre", T0.plus(Duration.ofDays(2)));
        o.adjust("Limited to public links", "ca-nl", T0.plus(Duration.ofDays(3)));
        o.recordImplementationPlan("plan", "alpha", T0.plus(Duration.ofDays(4)));
        o.submit(rules, "ca-nl", T0.plus(Duration.ofDays(5)));
        return o;
    }

    static DetectionOrder issued(String reasons, Set<IndicatorSetId> sets) {
        DetectionOrder o = submitted(reasons, sets);
        Instant at = T0.plus(Duration.ofDays(6));
        o.issue(rules(), "Rechtbank Den Haag (demo)", at.plus(Duration.ofDays(120)), "Significant risk remains", "judge-nl", at);
        o.transmit("judge-nl", at);
        return o;
    }

    static Set<IndicatorSetId> sets(IndicatorSetId... ids) {
        return new LinkedHashSet<>(List.of(ids));
    }

    @Test
    void thePdfHasTheTemplatesSectionsAndTheOrdersDataIdAndHash() throws IOException {
        DetectionOrderView view = DetectionOrderViews.view(issued("Synthetic risk assessment", sets(SET_A, SET_B)));
        ProfileValue template = value(ProfileKey.ANNEX_I__DETECTION_ORDER);
        byte[] pdf = AnnexIPdf.render(view, template.items(), template.article(), T0.plus(Duration.ofDays(7)));
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        String text = RemovalOrderAnnexTest.text(pdf);
        for (String expected : List.of("ANNEX I - DETECTION ORDER", "Art 8(1), Annex I", "1. Order reference", "NL-DO-7",
                "Rechtbank Den Haag (demo)", "Alpha Hosting", "AlphaDrive public links", "Limited to public links",
                "2 indicator sets", SET_A.toString(), SET_B.toString(), "Start date", "2026-07-05 10:17:03 UTC",
                "End date", "2027-07-05 10:17:03 UTC", "(duration P12M)", "Synthetic risk assessment",
                "Significant risk remains", "17. Signature", view.id().toString(), view.verificationHash())) {
            assertTrue(text.replaceAll("\\s+", " ").contains(expected), "the PDF lacks '" + expected + "':\n" + text);
        }
        assertEquals(template.items().size(), text.lines().filter(l -> l.strip().matches("\\d+\\. [A-Z].*")).count(),
                "one numbered section per template item:\n" + text);
    }

    @Test
    void aRequestHasNoHashAndAnIssuedOrderKeepsItsHashAsItMovesOn() {
        DetectionOrder order = submitted("why", sets(SET_A));
        DetectionOrderView request = DetectionOrderViews.view(order);
        assertFalse(request.issued());
        assertNull(request.verificationHash(), "a draft request is not an order yet");
        Instant at = T0.plus(Duration.ofDays(6));
        order.issue(rules(), "Rechtbank Den Haag (demo)", at.plus(Duration.ofDays(120)), "Significant risk", "judge-nl", at);
        String issued = DetectionOrderViews.view(order).verificationHash();
        assertEquals(64, issued.length());
        assertEquals(OrderDigest.sha256(DetectionOrderDigest.canonical(DetectionOrderViews.view(order))), issued);
        order.transmit("judge-nl", at);
        order.acknowledge(rules(), "alpha", at.plus(Duration.ofHours(1)));
        assertEquals(issued, DetectionOrderViews.view(order).verificationHash(), "transmission and receipt change no issue datum");
    }

    @Test
    void theSameDataGiveTheSameHashAndOtherIssueDataAnother() {
        DetectionOrderView a = DetectionOrderViews.view(issued("why", sets(SET_A, SET_B)));
        String canonical = DetectionOrderDigest.canonical(a);
        assertTrue(canonical.startsWith("{\"id\":\"" + a.id() + "\",\"reference\":\"NL-DO-7\",\"memberState\":\"NL\","
                + "\"issuingAuthority\":\"Rechtbank Den Haag (demo)\",\"issuedAt\":\"2026-03-07T10:17:03Z\""), canonical);
        assertTrue(canonical.contains("\"indicatorSets\":[\"" + SET_A + "\",\"" + SET_B + "\"]"), canonical);
        assertEquals(a.verificationHash(), DetectionOrderDigest.of(a), "recomputed from the same view");
        DetectionOrderView reordered = DetectionOrderViews.view(issued("why", sets(SET_B, SET_A)));
        assertEquals(DetectionOrderDigest.canonical(a).replace(a.id().toString(), "ID"),
                DetectionOrderDigest.canonical(reordered).replace(reordered.id().toString(), "ID"),
                "the sets are hashed in a fixed order, whatever order the database returns them in");
        DetectionOrderView otherReasons = DetectionOrderViews.view(issued("why not", sets(SET_A, SET_B)));
        assertNotEquals(DetectionOrderDigest.canonical(a).replace(a.id().toString(), "ID"),
                DetectionOrderDigest.canonical(otherReasons).replace(otherReasons.id().toString(), "ID"));
        DetectionOrderView fewerSets = DetectionOrderViews.view(issued("why", sets(SET_A)));
        assertNotEquals(DetectionOrderDigest.canonical(a).replace(a.id().toString(), "ID"),
                DetectionOrderDigest.canonical(fewerSets).replace(fewerSets.id().toString(), "ID"));
        assertNotEquals(a.verificationHash(), otherReasons.verificationHash());
    }

    @Test
    void theAnnexIiAnswerHasItsTemplatesSectionsTheAnswerAndTheClarification() throws IOException {
        DetectionOrder order = issued("why", sets(SET_A));
        Instant received = T0.plus(Duration.ofDays(7));
        order.acknowledge(rules(), "alpha", received);
        order.answerAnnexIi(AnnexIiGround.INSUFFICIENT_INFORMATION, "The link types are not named (synthetic)",
                "Which link types are in scope? (synthetic)", "alpha", received.plus(Duration.ofDays(1)));
        ProfileValue template = value(ProfileKey.ANNEX_II__DETECTION_ORDER_CANNOT_EXECUTE);
        String before = RemovalOrderAnnexTest.text(AnnexIiPdf.render(DetectionOrderViews.view(order), template.items(),
                template.article(), received.plus(Duration.ofDays(2)))).replaceAll("\\s+", " ");
        for (String expected : List.of("ANNEX II - IMPOSSIBILITY TO EXECUTE A DETECTION ORDER", "Art 8(3), Annex II", "NL-DO-7",
                "does not contain sufficient information", "The link types are not named (synthetic)",
                "Which link types are in scope? (synthetic)", "2026-03-09 10:17:03 UTC", "Not yet given",
                order.id().toString(), DetectionOrderViews.view(order).verificationHash())) {
            assertTrue(before.contains(expected), "the PDF lacks '" + expected + "':\n" + before);
        }
        order.resume(rules(), "Public share links (synthetic)", "ca-nl", received.plus(Duration.ofDays(3)));
        String after = RemovalOrderAnnexTest.text(AnnexIiPdf.render(DetectionOrderViews.view(order), template.items(),
                template.article(), received.plus(Duration.ofDays(4)))).replaceAll("\\s+", " ");
        assertTrue(after.contains("Public share links (synthetic)"), after);
        assertFalse(after.contains("Not yet given"), after);
    }
}

package eu.csar.orders.application;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import eu.csar.legal.api.LegalPeriod;
import eu.csar.legal.api.ProfileRef;
import eu.csar.orders.api.Addressee;
import eu.csar.orders.api.RemovalItemKind;
import eu.csar.orders.domain.RemovalOrder;
import eu.csar.orders.domain.RemovalOrderItem;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The annex PDF of a removal order and its verification hash: the PDF carries the Annex IV data,
 * the order's id and the hash; the hash is the SHA-256 of the documented canonical issue data, the
 * same after the order moves on, and different when any issue datum differs.
 */
class RemovalOrderAnnexTest {

    static final Instant ISSUED = Instant.parse("2026-03-01T10:17:03.123456Z");

    static RemovalOrder order(String reasons) {
        RemovalOrder order = RemovalOrder.issue("NL-RO-7", MemberState.NL, "Rechtbank Den Haag (demo)",
                new ProviderId(java.util.UUID.fromString("00000000-0000-0000-0000-0000000000a1")), "Alpha Hosting",
                Addressee.POINT_OF_CONTACT, "poc@alpha.example",
                List.of(new RemovalOrderItem(RemovalItemKind.URL, "https://alpha.example/f/1"),
                        new RemovalOrderItem(RemovalItemKind.CONTENT_REFERENCE, "file-id 4711 \"synthetic\"")),
                reasons, new ProfileRef("COM-2022-209", 1), null, "judge-nl", ISSUED);
        order.transmit(LegalPeriod.parse("PT12H"), "judge-nl", ISSUED);
        return order;
    }

    static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    @Test
    void thePdfShowsTheAnnexDataTheIdAndTheHash() throws IOException {
        RemovalOrderView view = RemovalOrderViews.view(order("Synthetic statement of reasons"));
        byte[] pdf = AnnexIvPdf.render(view, ISSUED.plusSeconds(60));
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        String text = text(pdf);
        for (String expected : List.of("ANNEX IV - REMOVAL ORDER", "Rechtbank Den Haag (demo)", "NL-RO-7", "Alpha Hosting",
                "https://alpha.example/f/1", "Synthetic statement of reasons", view.id().toString(), view.verificationHash(),
                "2026-03-01 22:17:03 UTC")) {
            assertTrue(text.contains(expected), "the PDF lacks '" + expected + "':\n" + text);
        }
    }

    @Test
    void theHashIsTheSha256OfTheCanonicalIssueData() {
        RemovalOrder order = order("why");
        RemovalOrderView view = RemovalOrderViews.view(order);
        String canonical = "{\"id\":\"" + order.id() + "\",\"reference\":\"NL-RO-7\",\"issuingMemberState\":\"NL\","
                + "\"issuingAuthority\":\"Rechtbank Den Haag (demo)\",\"issuedAt\":\"2026-03-01T10:17:03Z\","
                + "\"providerId\":\"00000000-0000-0000-0000-0000000000a1\",\"providerName\":\"Alpha Hosting\","
                + "\"addressedTo\":\"POINT_OF_CONTACT\",\"items\":[{\"kind\":\"URL\",\"locator\":\"https://alpha.example/f/1\"},"
                + "{\"kind\":\"CONTENT_REFERENCE\",\"locator\":\"file-id 4711 \\\"synthetic\\\"\"}],\"reasons\":\"why\","
                + "\"profile\":\"COM-2022-209/1\"}";
        assertEquals(OrderDigest.sha256(canonical), view.verificationHash());
        assertEquals(64, view.verificationHash().length());
        assertEquals(view.verificationHash(), RemovalOrderDigest.of(view));
    }

    @Test
    void theHashStaysWhenTheOrderMovesOnAndChangesWithTheIssueData() {
        RemovalOrder order = order("why");
        String issued = RemovalOrderViews.view(order).verificationHash();
        order.acknowledge(LegalPeriod.parse("PT24H"), "provider", ISSUED.plusSeconds(600));
        assertEquals(issued, RemovalOrderViews.view(order).verificationHash(), "receipt changes no issue datum");
        RemovalOrderView a = RemovalOrderViews.view(order("why"));
        String other = OrderDigest.sha256(RemovalOrderDigest.canonical(a.id(), a.reference(), a.issuingMemberState(),
                a.issuingAuthority(), a.issuedAt(), a.provider(), a.providerName(), a.addressedTo(), a.items(), "why not",
                a.profile()));
        assertNotEquals(a.verificationHash(), other, "the same order with other reasons has another hash");
    }
}

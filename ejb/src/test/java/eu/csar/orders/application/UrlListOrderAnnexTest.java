package eu.csar.orders.application;

import eu.csar.legal.api.LegalPeriod;
import eu.csar.legal.api.ProfileKey;
import eu.csar.legal.api.ProfileRef;
import eu.csar.legal.api.ProfileValue;
import eu.csar.legal.domain.ShippedProfileFiles;
import eu.csar.orders.api.Addressee;
import eu.csar.orders.api.UrlListOrderType;
import eu.csar.orders.domain.UrlListEntry;
import eu.csar.orders.domain.UrlListOrder;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The PDF of a blocking order (Annex VII) and of a delisting order (the Council text's order, no
 * annex) and their verification hash: the PDF carries the order's data, its URLs with their count,
 * the id and the hash; the hash is the same for the same issue data, stays when the order moves on,
 * and changes with any issue datum.
 */
class UrlListOrderAnnexTest {

    static final Instant T0 = Instant.parse("2026-03-01T10:17:03.123456Z");
    static final UUID ENTRY_1 = UUID.fromString("00000000-0000-4000-8000-0000000001e1");
    static final UUID ENTRY_2 = UUID.fromString("00000000-0000-4000-8000-0000000001e2");

    static UrlListOrder order(UrlListOrderType type, String reasons, String secondUrl) {
        boolean blocking = type == UrlListOrderType.BLOCKING;
        return UrlListOrder.issue(type, "NL-BO-9", MemberState.NL, "Rechtbank Den Haag (demo)",
                new ProviderId(UUID.fromString("00000000-0000-0000-0000-0000000000f1")), "Zeta Net", Addressee.POINT_OF_CONTACT,
                "orders@zeta.example", List.of(new UrlListEntry(ENTRY_1, "https://blocked.example.invalid/a"),
                        new UrlListEntry(ENTRY_2, secondUrl)), reasons,
                blocking ? new UrlListOrder.Blocking("Blocked by order of a Dutch court (synthetic)", LegalPeriod.years(2),
                        LegalPeriod.years(5), LegalPeriod.years(1)) : null,
                new ProfileRef(blocking ? "COM-2022-209" : "COUNCIL-GA-2025", 1), "judge-nl", T0);
    }

    static ProfileValue value(String profile, ProfileKey key) {
        return ShippedProfileFiles.documents().stream().filter(d -> d.profileId().equals(profile)).findFirst().orElseThrow()
                .values().stream().filter(v -> v.key().equals(key.key())).findFirst().orElseThrow();
    }

    @Test
    void aBlockingOrdersPdfIsAnnexViiWithItsUrlsIdAndHash() throws IOException {
        UrlListOrderView view = UrlListOrderView.of(order(UrlListOrderType.BLOCKING, "Synthetic reasons", "https://blocked.example.invalid/b"));
        ProfileValue template = value("COM-2022-209", ProfileKey.ANNEX_VII__BLOCKING_ORDER);
        byte[] pdf = UrlListOrderAnnexPdf.render(view, template.items(), template.article(), T0.plusSeconds(60));
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        String text = RemovalOrderAnnexTest.text(pdf);
        for (String expected : List.of("ANNEX VII - BLOCKING ORDER", "Art 17(1), Annex VII", "NL-BO-9", "Rechtbank Den Haag (demo)",
                "Zeta Net", "2 URLs of the EU Centre's URL list", "https://blocked.example.invalid/a", ENTRY_2.toString(),
                "Blocked by order of a Dutch court (synthetic)", "Synthetic reasons", "2026-03-01 10:17:03 UTC",
                "2028-03-01 10:17:03 UTC", "(period of application P2Y)", view.id().toString(), view.verificationHash())) {
            assertTrue(text.replaceAll("\\s+", " ").contains(expected), "the PDF lacks '" + expected + "':\n" + text);
        }
        assertEquals(template.items().size(), text.lines().filter(l -> l.strip().matches("\\d+\\. [A-Z].*")).count(),
                "one numbered section per template item:\n" + text);
    }

    @Test
    void aDelistingOrdersPdfCitesItsProfile() throws IOException {
        UrlListOrderView view = UrlListOrderView.of(order(UrlListOrderType.DELISTING, "Synthetic reasons", "https://blocked.example.invalid/b"));
        ProfileValue types = value("COUNCIL-GA-2025", ProfileKey.ORDERS__TYPES);
        String text = RemovalOrderAnnexTest.text(UrlListOrderAnnexPdf.render(view, UrlListOrderAnnexPdf.DELISTING_ITEMS,
                types.article(), T0.plusSeconds(60)));
        for (String expected : List.of("DELISTING ORDER", types.article(), "COUNCIL-GA-2025 version 1", "NL-BO-9", "Zeta Net",
                "2 URLs", view.id().toString(), view.verificationHash())) {
            assertTrue(text.replaceAll("\\s+", " ").contains(expected), "the PDF lacks '" + expected + "':\n" + text);
        }
        assertTrue(!text.contains("ANNEX VII"), text);
    }

    @Test
    void theSameIssueDataGiveTheSameHashAndAnyOtherAnother() {
        UrlListOrder order = order(UrlListOrderType.BLOCKING, "why", "https://blocked.example.invalid/b");
        UrlListOrderView issued = UrlListOrderView.of(order);
        assertEquals(64, issued.verificationHash().length());
        assertEquals(OrderDigest.sha256(UrlListOrderDigest.canonical(issued)), issued.verificationHash());
        assertTrue(UrlListOrderDigest.canonical(issued).contains("\"entries\":[{\"entryId\":\"" + ENTRY_1
                + "\",\"url\":\"https://blocked.example.invalid/a\"},"), UrlListOrderDigest.canonical(issued));
        order.transmit("judge-nl", T0);
        order.acknowledge("zeta", T0.plusSeconds(600));
        assertEquals(issued.verificationHash(), UrlListOrderView.of(order).verificationHash(), "receipt changes no issue datum");

        String same = strip(order(UrlListOrderType.BLOCKING, "why", "https://blocked.example.invalid/b"));
        assertEquals(strip(issued), same, "the same issue data, the same canonical text");
        assertNotEquals(same, strip(order(UrlListOrderType.BLOCKING, "why not", "https://blocked.example.invalid/b")));
        assertNotEquals(same, strip(order(UrlListOrderType.BLOCKING, "why", "https://blocked.example.invalid/c")));
        assertNotEquals(same, strip(order(UrlListOrderType.DELISTING, "why", "https://blocked.example.invalid/b")));
    }

    /** The canonical text without the order's random id, to compare orders issued with the same data. */
    static String strip(UrlListOrder order) {
        return strip(UrlListOrderView.of(order));
    }

    static String strip(UrlListOrderView view) {
        return UrlListOrderDigest.canonical(view).replace(view.id().toString(), "ID");
    }
}

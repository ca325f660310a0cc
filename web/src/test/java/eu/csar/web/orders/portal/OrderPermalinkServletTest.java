package eu.csar.web.orders.portal;

import eu.csar.orders.api.UrlListOrderType;
import eu.csar.web.orders.portal.OrderPermalinkServlet.Target;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OrderPermalinkServletTest {

    private static final String ID = "7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b01";
    private static final UUID UID = UUID.fromString(ID);

    private static Optional<Target> target(String link) {
        int slash = link.indexOf('/', "/portal/".length());
        return OrderPermalinkServlet.target(link.substring(0, slash), link.substring(slash));
    }

    @Test
    void eachKindOfOrderAndComplaintHasItsPage() {
        assertEquals(Optional.of(new Target("/portal/removal-orders/", UID, "/portal/orders/removal-order.xhtml?id=" + ID, null)),
                target(OrderPermalinkServlet.removalOrder(ID)));
        assertEquals(Optional.of(new Target("/portal/detection-orders/", UID, "/portal/orders/detection-order.xhtml?id=" + ID, null)),
                target(OrderPermalinkServlet.detectionOrder(ID)));
        assertEquals(Optional.of(new Target("/portal/blocking-orders/", UID,
                "/portal/orders/url-list-order.xhtml?type=BLOCKING&id=" + ID, null)),
                target(OrderPermalinkServlet.urlListOrder(UrlListOrderType.BLOCKING, ID)));
        assertEquals(Optional.of(new Target("/portal/delisting-orders/", UID,
                "/portal/orders/url-list-order.xhtml?type=DELISTING&id=" + ID, null)),
                target(OrderPermalinkServlet.urlListOrder(UrlListOrderType.DELISTING, ID)));
        assertEquals(Optional.of(new Target("/portal/complaints/", UID, "/portal/orders/complaint.xhtml?id=" + ID, null)),
                target(OrderPermalinkServlet.complaint(ID)));
    }

    @Test
    void ordersHaveTheirAnnexBelowThePageAndOnlyADetectionOrderAnAnnexIi() {
        for (String kind : new String[] {"removal", "detection", "blocking", "delisting"}) {
            assertEquals(Optional.of("annex"), target("/portal/" + kind + "-orders/" + ID + "/annex.pdf").map(Target::pdf), kind);
        }
        assertEquals(Optional.of("annex-ii"), target("/portal/detection-orders/" + ID + "/annex-ii.pdf").map(Target::pdf));
        assertEquals(Optional.empty(), target("/portal/removal-orders/" + ID + "/annex-ii.pdf"));
        assertEquals(Optional.empty(), target("/portal/blocking-orders/" + ID + "/annex-ii.pdf"));
        assertEquals(Optional.empty(), target("/portal/complaints/" + ID + "/annex.pdf"));
    }

    @Test
    void anythingButACanonicalUuidNamesNothing() {
        assertEquals(Optional.empty(), OrderPermalinkServlet.target("/portal/removal-orders", null));
        assertEquals(Optional.empty(), OrderPermalinkServlet.target("/portal/removal-orders", "/"));
        assertEquals(Optional.empty(), target("/portal/removal-orders/not-a-uuid"));
        assertEquals(Optional.empty(), target("/portal/removal-orders/" + ID.toUpperCase(java.util.Locale.ROOT)));
        assertEquals(Optional.empty(), target("/portal/removal-orders/" + ID + "/annex.doc"));
        assertEquals(Optional.empty(), target("/portal/removal-orders/" + ID + "/edit"));
    }
}

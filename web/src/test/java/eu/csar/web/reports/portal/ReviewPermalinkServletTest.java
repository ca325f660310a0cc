package eu.csar.web.reports.portal;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReviewPermalinkServletTest {

    private static final String ID = "0b7e2f4c-1d3a-4e5b-8c6d-7e8f9a0b1c2d";

    @Test
    void aReportsPermalinkNamesItsReviewPage() {
        assertEquals(Optional.of("/portal/reports/review.xhtml?id=" + ID), ReviewPermalinkServlet.page("/" + ID));
        assertEquals("/portal/reports/review/" + ID, ReviewPermalinkServlet.report(ID));
    }

    @Test
    void anythingButACanonicalUuidNamesNoPage() {
        assertEquals(Optional.empty(), ReviewPermalinkServlet.page(null));
        assertEquals(Optional.empty(), ReviewPermalinkServlet.page(""));
        assertEquals(Optional.empty(), ReviewPermalinkServlet.page("/"));
        assertEquals(Optional.empty(), ReviewPermalinkServlet.page("/not-a-uuid"));
        assertEquals(Optional.empty(), ReviewPermalinkServlet.page("/1-2-3-4-5"));
        assertEquals(Optional.empty(), ReviewPermalinkServlet.page("/" + ID + "/edit"));
    }
}

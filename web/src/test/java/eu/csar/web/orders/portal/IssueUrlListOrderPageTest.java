package eu.csar.web.orders.portal;

import eu.csar.indicators.api.IndicatorId;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The blocking and delisting order form: one entry id a line; each service problem next to its field. */
class IssueUrlListOrderPageTest {

    @Test
    void oneEntryIdALineAndALineThatIsNoIdStaysForTheFormToName() {
        UUID a = UUID.fromString("00000000-0000-4000-8000-00000000000a");
        UUID b = UUID.fromString("00000000-0000-4000-8000-00000000000b");
        assertEquals(Arrays.asList(new IndicatorId(a), null, new IndicatorId(b)),
                IssueUrlListOrderPage.entries("  " + a + " \r\n\nhttps://not-an-id.example/\n   \n" + b));
        assertEquals(List.of(), IssueUrlListOrderPage.entries(null));
    }

    @Test
    void eachProblemGoesToItsField() {
        assertEquals("issue:reference", IssueUrlListOrderPage.clientIdFor("reference"));
        assertEquals("issue:authority", IssueUrlListOrderPage.clientIdFor("issuingAuthority"));
        assertEquals("issue:memberState", IssueUrlListOrderPage.clientIdFor("memberState"));
        assertEquals("issue:provider", IssueUrlListOrderPage.clientIdFor("provider"));
        assertEquals("issue:entries", IssueUrlListOrderPage.clientIdFor("entries"));
        assertEquals("issue:entries", IssueUrlListOrderPage.clientIdFor("entries[1].<list element>"));
        assertEquals("issue:reasons", IssueUrlListOrderPage.clientIdFor("reasons"));
        assertEquals("issue:userNotice", IssueUrlListOrderPage.clientIdFor("userNotice"));
        assertEquals("issue:period", IssueUrlListOrderPage.clientIdFor("periodOfApplication"));
        assertNull(IssueUrlListOrderPage.clientIdFor("profile"), "no field: the top of the page");
        assertNull(IssueUrlListOrderPage.clientIdFor(""));
        assertNull(IssueUrlListOrderPage.clientIdFor(null));
    }
}

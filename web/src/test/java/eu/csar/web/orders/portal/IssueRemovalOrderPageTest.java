package eu.csar.web.orders.portal;

import eu.csar.orders.api.RemovalItemKind;
import eu.csar.orders.application.NewRemovalOrder;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The removal order form: one item a line, URL or content reference; each service problem next to its field. */
class IssueRemovalOrderPageTest {

    @Test
    void oneItemALineUrlsByTheirSchemeEverythingElseAContentReference() {
        List<NewRemovalOrder.Item> items = IssueRemovalOrderPage.items(
                "  https://alpha.example/f/1 \r\n\nHTTP://alpha.example/f/2\nfile-id 4711 (synthetic)\n   \nftp://alpha.example/x");
        assertEquals(List.of(new NewRemovalOrder.Item(RemovalItemKind.URL, "https://alpha.example/f/1"),
                new NewRemovalOrder.Item(RemovalItemKind.URL, "HTTP://alpha.example/f/2"),
                new NewRemovalOrder.Item(RemovalItemKind.CONTENT_REFERENCE, "file-id 4711 (synthetic)"),
                new NewRemovalOrder.Item(RemovalItemKind.CONTENT_REFERENCE, "ftp://alpha.example/x")), items);
        assertEquals(List.of(), IssueRemovalOrderPage.items(null));
    }

    @Test
    void eachProblemGoesToItsField() {
        assertEquals("issue:reference", IssueRemovalOrderPage.clientIdFor("reference"));
        assertEquals("issue:authority", IssueRemovalOrderPage.clientIdFor("issuingAuthority"));
        assertEquals("issue:provider", IssueRemovalOrderPage.clientIdFor("provider"));
        assertEquals("issue:items", IssueRemovalOrderPage.clientIdFor("items"));
        assertEquals("issue:items", IssueRemovalOrderPage.clientIdFor("items[3].locator"));
        assertEquals("issue:reasons", IssueRemovalOrderPage.clientIdFor("reasons"));
        assertEquals("issue:memberState", IssueRemovalOrderPage.clientIdFor("memberState"));
        assertNull(IssueRemovalOrderPage.clientIdFor("profile"), "no field: the top of the page");
        assertNull(IssueRemovalOrderPage.clientIdFor(null));
    }
}

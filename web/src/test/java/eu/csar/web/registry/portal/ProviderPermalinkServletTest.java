package eu.csar.web.registry.portal;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProviderPermalinkServletTest {

    private static final String ID = "7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b01";

    @Test
    void theEntryAndTheEditFormHaveTheirOwnPermalinks() {
        assertEquals(Optional.of("/portal/registry/provider.xhtml?id=" + ID), ProviderPermalinkServlet.page("/" + ID));
        assertEquals(Optional.of("/portal/registry/provider-edit.xhtml?id=" + ID), ProviderPermalinkServlet.page("/" + ID + "/edit"));
        assertEquals("/portal/providers/" + ID, ProviderPermalinkServlet.detail(ID));
        assertEquals("/portal/providers/" + ID + "/edit", ProviderPermalinkServlet.edit(ID));
    }

    @Test
    void anythingButAUuidNamesNoPage() {
        assertEquals(Optional.empty(), ProviderPermalinkServlet.page(null));
        assertEquals(Optional.empty(), ProviderPermalinkServlet.page("/"));
        assertEquals(Optional.empty(), ProviderPermalinkServlet.page("/edit"));
        assertEquals(Optional.empty(), ProviderPermalinkServlet.page("/not-a-uuid"));
        assertEquals(Optional.empty(), ProviderPermalinkServlet.page("/" + ID + "/delete"));
        assertEquals(Optional.empty(), ProviderPermalinkServlet.page("/" + ID + "?x=1"));
    }
}

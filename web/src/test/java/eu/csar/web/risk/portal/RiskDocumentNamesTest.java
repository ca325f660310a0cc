package eu.csar.web.risk.portal;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** How the portal names an uploaded document and its media type, and how a download names the file. */
class RiskDocumentNamesTest {

    @Test
    void aDownloadIsAnAttachmentWithAnAsciiFallbackAndTheUtf8Name() {
        assertEquals("attachment; filename=\"policy 2026.pdf\"; filename*=UTF-8''policy%202026.pdf",
                RiskDocumentServlet.contentDisposition("policy 2026.pdf"));
        assertEquals("attachment; filename=\"beoordeling __n.pdf\"; filename*=UTF-8''beoordeling%20%C3%A9%C3%A9n.pdf",
                RiskDocumentServlet.contentDisposition("beoordeling één.pdf"));
    }

    @Test
    void theFileNameLosesThePathSomeBrowsersSend() {
        assertEquals("policy.pdf", ProviderRiskPage.fileName("C:\\Users\\staff\\policy.pdf"));
        assertEquals("policy.pdf", ProviderRiskPage.fileName("/home/staff/policy.pdf"));
        assertEquals("policy.pdf", ProviderRiskPage.fileName("policy.pdf"));
        assertNull(ProviderRiskPage.fileName(null));
    }

    @Test
    void theBrowsersMediaTypeUnlessThePlatformTakesNoneThenTheExtensions() {
        assertEquals("application/pdf", ProviderRiskPage.mediaType("application/pdf", "x.txt"));
        assertEquals("Text/Plain; charset=UTF-8", ProviderRiskPage.mediaType("Text/Plain; charset=UTF-8", "x.pdf"));
        assertEquals("application/pdf", ProviderRiskPage.mediaType("application/octet-stream", "Policy.PDF"));
        assertEquals("text/plain", ProviderRiskPage.mediaType(null, "notes.txt"));
        assertEquals("application/vnd.oasis.opendocument.text", ProviderRiskPage.mediaType("", "a.odt"));
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                ProviderRiskPage.mediaType("application/octet-stream", "a.docx"));
        assertEquals("text/html", ProviderRiskPage.mediaType("text/html", "page.html"), "refused by the service, named");
        assertNull(ProviderRiskPage.mediaType(null, null));
    }
}

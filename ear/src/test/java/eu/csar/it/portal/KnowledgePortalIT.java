package eu.csar.it.portal;

import eu.csar.it.support.Api;
import eu.csar.it.support.Browser;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The knowledge hub in a real Chromium (docs/knowledge.md). The public catalogue without login: the
 * seeded programmes, the Member State filter, English and Dutch, no session cookie, no console error
 * (the strict policy refuses any inline script or style), 1280 and 390 px without sideways scrolling and
 * without serious axe findings. The editorial page: a reviewer finds it in the menu, writes an article
 * in English and Dutch side by side, submits it, is refused publishing it (four eyes); a second reviewer
 * publishes it. The experts' network page: the expert finds it on the home page, shares a synthetic text
 * document, sees it listed with its SHA-256, downloads it byte for byte; a refused file is named next to
 * the field and nothing is stored; the page in Dutch. Screenshots in target/screenshots/.
 */
@ExtendWith(ArquillianExtension.class)
class KnowledgePortalIT {

    static final String EDITOR = "/portal/knowledge/articles.xhtml";
    static final String NETWORK = "/portal/knowledge/network.xhtml";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void thePublicCatalogueFiltersInEnglishAndDutchWithoutASession() {
        List<String> problems = new ArrayList<>();
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.open("/public/knowledge/programmes?lang=en");
            portal.awaitHeading("Prevention programmes");
            assertTrue(portal.pageText().contains("Safe Together Workshops (demo)"), portal.pageText());
            problems.addAll(ScreenGeometry.problems(browser, "knowledge", "programmes", ScreenGeometry.DESKTOP, ScreenGeometry.PHONE));

            new Select(portal.find("ms")).selectByValue("DE");
            browser.driver().findElement(By.cssSelector("form.kh-filter button")).click();
            portal.awaitOrExplain("knowledge-filtered", d -> d.getCurrentUrl().contains("ms=DE"));
            String filtered = portal.pageText();
            assertTrue(filtered.contains("Before It Happens Helpline (demo)"), filtered);
            assertFalse(filtered.contains("Safe Together Workshops (demo)"), "a Dutch programme is not listed for DE");

            browser.driver().findElement(By.cssSelector("a[hreflang='nl']")).click();
            portal.awaitHeading("Preventieprogramma's");
            assertTrue(portal.pageText().contains("Hulplijn Voordat Het Gebeurt (demo)"), portal.pageText());
            problems.addAll(ScreenGeometry.problems(browser, "knowledge", "programmes-nl", ScreenGeometry.DESKTOP, ScreenGeometry.PHONE));

            browser.open("/public/knowledge/definitions?lang=nl");
            portal.awaitHeading("Definities voor aanbieders");
            problems.addAll(ScreenGeometry.problems(browser, "knowledge", "definitions-nl", ScreenGeometry.PHONE));
            browser.open("/public/knowledge/support?lang=en");
            portal.awaitHeading("Support for survivors");
            problems.addAll(ScreenGeometry.problems(browser, "knowledge", "support", ScreenGeometry.PHONE));
            assertNull(browser.driver().manage().getCookieNamed("JSESSIONID"), "the public pages open no session");
            assertEquals(List.of(), browser.consoleErrors().stream()
                    .filter(m -> m.contains("Content Security Policy") || m.contains("knowledge")).toList(), "nothing refused by the strict policy");
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aReviewerWritesInBothLanguagesAndASecondReviewerPublishes() {
        String title = "Open Door Parent Talks " + UUID.randomUUID().toString().substring(0, 8);
        List<String> problems = new ArrayList<>();
        String id = null;
        try {
            try (Browser browser = Browser.start()) {
                PortalDriver portal = new PortalDriver(browser);
                browser.loginAs("reviewer", EDITOR);
                assertFalse(browser.driver().findElements(By.id("nav-knowledge")).isEmpty(), "the menu has the entry");
                portal.awaitOrExplain("knowledge-editor", d -> !d.findElements(By.id("editor:save")).isEmpty());
                portal.choose("editor:kind", "PREVENTION_PROGRAMME");
                portal.type("editor:titleEn", title);
                portal.type("editor:titleNl", "Open Deur oudergesprekken (synthetisch)");
                portal.type("editor:bodyEn", "An invented programme for the browser test.");
                portal.type("editor:bodyNl", "Een verzonnen programma voor de browsertest.");
                portal.choose("editor:memberState", "BE");
                portal.tick("editor:targetGroups", 0);
                portal.choose("editor:evidenceLevel", "THEORY_BASED");
                portal.clickAndWait("editor:save");
                portal.awaitOrExplain("knowledge-saved", d -> !d.findElements(By.id("editor:submit")).isEmpty());
                id = Db.value("select cast(article_id as varchar) from knowledge_article_versions where title_en = ?", title).toString();
                assertEquals("DRAFT", Db.value("select state from knowledge_article_versions where article_id = ?::uuid", id));
                problems.addAll(ScreenGeometry.problems(browser, "knowledge", "editor-draft", ScreenGeometry.DESKTOP, ScreenGeometry.PHONE));

                portal.clickAndWait("editor:submit");
                portal.awaitOrExplain("knowledge-submitted", d -> !d.findElements(By.id("editor:publish")).isEmpty());
                portal.clickAndWait("editor:publish");
                portal.awaitOrExplain("knowledge-four-eyes", d -> portal.pageText().contains("Four eyes"));
                assertEquals("IN_REVIEW", Db.value("select state from knowledge_article_versions where article_id = ?::uuid", id));
            }
            try (Browser browser = Browser.start()) {
                PortalDriver portal = new PortalDriver(browser);
                browser.loginAs("second-reviewer", EDITOR);
                browser.open(EDITOR + "?id=" + id);
                portal.awaitOrExplain("knowledge-second", d -> !d.findElements(By.id("editor:publish")).isEmpty());
                portal.clickAndWait("editor:publish");
                portal.awaitOrExplain("knowledge-published", d -> !d.findElements(By.id("editor:withdraw")).isEmpty());
                assertEquals("PUBLISHED", Db.value("select state from knowledge_article_versions where article_id = ?::uuid", id));
                assertTrue(portal.text("historyTable").contains("second-reviewer"), portal.text("historyTable"));
                problems.addAll(ScreenGeometry.problems(browser, "knowledge", "editor-published", ScreenGeometry.DESKTOP, ScreenGeometry.PHONE));
            }
        } finally {
            if (id != null) {
                Api.postJson("/api/v1/knowledge/articles/" + id + "/withdraw", "{\"reason\":\"browser test over\"}",
                        Tokens.user("second-reviewer"));
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void anExpertSharesADocumentOnTheNetworkPageAndDownloadsItByteForByte() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String textName = "network-minutes-" + marker + ".txt";
        String htmlName = "network-page-" + marker + ".html";
        byte[] minutes = ("Minutes of the synthetic network meeting " + marker + ": invented text, \u00e9\u00e9n line in Dutch.\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("network-");
        java.nio.file.Path text = java.nio.file.Files.write(dir.resolve(textName), minutes);
        java.nio.file.Path html = java.nio.file.Files.writeString(dir.resolve(htmlName), "<p>synthetic</p>");
        List<String> problems = new ArrayList<>();
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.loginAs("expert", "/portal/index.xhtml");
            assertTrue(portal.text("card-expert").contains("Prevention experts' network"), portal.text("card-expert"));
            portal.find("home-network").click();
            portal.awaitHeading("Prevention experts' network");

            // a type the network does not take: named next to the field, nothing stored
            browser.driver().findElement(By.id("share-form:file")).sendKeys(html.toAbsolutePath().toString());
            portal.clickAndWait("share-form:share");
            portal.awaitOrExplain("network-refused", d -> portal.text("share-form:fileMessage").contains("A document is one of"));
            assertEquals(0, Db.count("select count(*) from knowledge_network_documents where file_name = ?", htmlName));

            browser.driver().findElement(By.id("share-form:file")).sendKeys(text.toAbsolutePath().toString());
            portal.clickAndWait("share-form:share");
            portal.awaitOrExplain("network-shared", d -> portal.text("documents").contains(textName));
            String sha256 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(minutes));
            assertEquals(List.of(java.util.Map.of("media_type", "text/plain", "size_bytes", (long) minutes.length, "sha256", sha256,
                    "shared_by", "expert")), Db.rows("select media_type, size_bytes, sha256, shared_by from knowledge_network_documents"
                    + " where file_name = ?", textName));
            String row = portal.text("documents");
            assertTrue(row.contains(sha256) && row.contains("Plain text") && row.contains(minutes.length + " bytes"), row);
            problems.addAll(ScreenGeometry.problems(browser, "knowledge", "network", ScreenGeometry.DESKTOP, ScreenGeometry.PHONE));

            String href = browser.driver().findElement(By.cssSelector("a.csar-network-document[data-sha256='" + sha256 + "']"))
                    .getAttribute("href");
            Object downloaded = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                            + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => {"
                            + " var s = ''; new Uint8Array(b).forEach(c => s += String.fromCharCode(c));"
                            + " done(r.status + ' ' + r.headers.get('content-disposition') + ' ' + btoa(s)); }))"
                            + ".catch(e => done('failed ' + e));", href);
            assertEquals("200 attachment; filename=\"" + textName + "\"; filename*=UTF-8''" + textName + " "
                    + java.util.Base64.getEncoder().encodeToString(minutes), downloaded, "downloaded byte for byte");
            assertEquals(1, Db.count("select count(*) from audit_entries where actor = 'expert' and action = 'NETWORK_DOCUMENT_DOWNLOADED'"
                    + " and object_id = (select cast(id as varchar) from knowledge_network_documents where file_name = ?)", textName));

            portal.find("session:lang-nl").click();
            portal.awaitHeading("Netwerk van preventiedeskundigen");
            assertTrue(portal.text("documents").contains("Platte tekst"), portal.text("documents"));
            problems.addAll(ScreenGeometry.problems(browser, "knowledge", "network-nl", ScreenGeometry.DESKTOP, ScreenGeometry.PHONE));
            portal.find("session:lang-en").click();
            portal.awaitHeading("Prevention experts' network");
        } finally {
            Db.execute("delete from knowledge_network_documents where file_name in ('" + textName + "', '" + htmlName + "')");
        }
        assertEquals(List.of(), problems);
    }
}

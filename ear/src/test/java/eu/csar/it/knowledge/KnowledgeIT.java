package eu.csar.it.knowledge;

import eu.csar.it.support.Api;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Fixtures;
import eu.csar.it.support.Tokens;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The knowledge hub on the real stack (docs/knowledge.md): the editorial workflow over REST with the
 * four-eyes refusal and versioning (rows and history in PostgreSQL, audit entries), the public pages
 * showing only published versions, without a session, cacheable (ETag, 304), strict headers, filtered
 * by Member State and target group, in English and Dutch; 403 for the wrong role on the editorial API
 * and on the prevention experts' network, whose members share, list and download documents.
 */
@ExtendWith(ArquillianExtension.class)
class KnowledgeIT {

    static final String ARTICLES = "/api/v1/knowledge/articles";
    static final String NETWORK = "/api/v1/knowledge/network/documents";
    static final String PROGRAMMES = "/public/knowledge/programmes";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    static JsonObjectBuilder programme(String titleEn, String titleNl, String ms, String group) {
        return Json.createObjectBuilder().add("kind", "PREVENTION_PROGRAMME").add("titleEn", titleEn).add("titleNl", titleNl)
                .add("bodyEn", "An invented programme for tests.").add("bodyNl", "Een verzonnen programma voor tests.")
                .add("memberState", ms).add("targetGroups", Json.createArrayBuilder().add(group)).add("evidenceLevel", "PROMISING");
    }

    static Api.Response move(String id, String event, String token) {
        return Api.postJson(ARTICLES + "/" + id + "/" + event, "{}", token);
    }

    static Api.Response page(String path, String... headers) {
        return Api.raw("GET", path, null, null, headers);
    }

    static void assertNoSession(Api.Response r) {
        List<String> sessions = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).toList();
        assertTrue(sessions.isEmpty(), "a public knowledge page created an HTTP session: " + sessions);
    }

    @Test
    void staffDraftAndASecondReviewerPublishesNewVersionsStayHiddenUntilPublished() {
        long mark = Fixtures.auditMark();
        String reviewer = Tokens.user("reviewer");
        String second = Tokens.user("second-reviewer");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String v1 = "Quiet Harbour Parents Evenings " + suffix;
        String v2 = "Quiet Harbour Parents Evenings, second edition " + suffix;

        // drafted by one reviewer; English only cannot go to review (400 naming the field)
        JsonObject draftBody = programme(v1, "", "LU", "CHILDREN_AND_PARENTS").build();
        Api.Response drafted = Api.post(ARTICLES, draftBody.toString(), reviewer, "Content-Type", "application/json",
                "Accept", "application/json", "Idempotency-Key", UUID.randomUUID().toString());
        assertEquals(201, drafted.status(), drafted.toString());
        String id = drafted.json().getString("id");
        assertEquals("DRAFT", drafted.json().getString("state"));
        Api.Response incomplete = move(id, "submit", reviewer);
        assertEquals(400, incomplete.status(), incomplete.toString());
        assertEquals("titleNl", incomplete.json().getJsonArray("violations").getJsonObject(0).getString("field"));

        Api.Response edited = Api.putJson(ARTICLES + "/" + id, programme(v1, "Stille Haven ouderavonden " + suffix, "LU",
                "CHILDREN_AND_PARENTS").build().toString(), reviewer);
        assertEquals(200, edited.status(), edited.toString());
        assertEquals(200, move(id, "submit", reviewer).status());

        // four eyes: the author may not publish (409, nothing published, audited as refused); another reviewer may
        Api.Response own = move(id, "publish", reviewer);
        assertEquals(409, own.status(), own.toString());
        assertEquals("IN_REVIEW", Db.value("select state from knowledge_article_versions where article_id = ?::uuid", id));
        assertEquals(1, Db.count("select count(*) from audit_entries where action = 'ARTICLE_PUBLISHED' and object_id = ?"
                + " and outcome = 'REFUSED' and seq > ?", id, mark));
        assertFalse(page(PROGRAMMES + "?ms=LU").body().contains(v1), "not public before it is published");
        Api.Response published = move(id, "publish", second);
        assertEquals(200, published.status(), published.toString());
        assertEquals(1, published.json().getInt("publishedNumber"));
        assertEquals("second-reviewer", Db.value("select published_by from knowledge_article_versions where article_id = ?::uuid"
                + " and number = 1", id));

        // the public page shows it, by Member State and target group, with no session and strict headers
        Api.Response lu = page(PROGRAMMES + "?ms=LU&group=CHILDREN_AND_PARENTS&lang=en");
        assertEquals(200, lu.status(), lu.toString());
        assertTrue(lu.body().contains(v1), lu.body());
        assertNoSession(lu);
        assertFalse(page(PROGRAMMES + "?ms=LU&group=CONVICTED_OFFENDERS").body().contains(v1), "filtered by target group");
        assertFalse(page(PROGRAMMES + "?ms=MT").body().contains(v1), "filtered by Member State");
        String csp = lu.header("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self';") && !csp.contains("unsafe-inline"), csp);
        assertEquals("no-referrer", lu.header("Referrer-Policy").orElse(""));
        assertTrue(lu.header("Cache-Control").orElse("").contains("max-age"), lu.headers().toString());
        assertTrue(lu.header("Last-Modified").isPresent(), lu.headers().toString());
        String etag = lu.header("ETag").orElseThrow();
        Api.Response again = page(PROGRAMMES + "?ms=LU&group=CHILDREN_AND_PARENTS&lang=en", "If-None-Match", etag);
        assertEquals(304, again.status(), again.toString());
        assertNoSession(again);
        Api.Response dutch = page(PROGRAMMES + "?ms=LU", "Accept-Language", "nl-NL,nl;q=0.9");
        assertTrue(dutch.body().contains("Stille Haven ouderavonden " + suffix), "Dutch by Accept-Language");
        assertTrue(dutch.body().contains("lang=\"nl\""), "the page declares its language");
        assertTrue(!dutch.body().contains("http://") && !dutch.body().contains("https://"), "no third-party resource");

        // editing the published article opens version 2; the public page keeps version 1 until version 2 is published
        Api.Response v2Draft = Api.putJson(ARTICLES + "/" + id, programme(v2, "Stille Haven, tweede editie " + suffix, "LU",
                "CHILDREN_AND_PARENTS").build().toString(), second);
        assertEquals(200, v2Draft.status(), v2Draft.toString());
        assertEquals(2, v2Draft.json().getInt("number"));
        assertEquals("DRAFT", v2Draft.json().getString("state"));
        assertEquals(200, move(id, "submit", second).status());
        String meanwhile = page(PROGRAMMES + "?ms=LU&lang=en").body();
        assertTrue(meanwhile.contains(v1) && !meanwhile.contains(v2), "version 1 stays public while version 2 is in review");
        assertEquals(409, move(id, "publish", second).status(), "four eyes on version 2 too");
        assertEquals(200, move(id, "publish", reviewer).status());
        String after = page(PROGRAMMES + "?ms=LU&lang=en").body();
        assertTrue(after.contains(v2) && !after.contains(v1), after);
        assertEquals(List.of("SUPERSEDED", "PUBLISHED"), Db.rows("select state from knowledge_article_versions where article_id = ?::uuid"
                + " order by number", id).stream().map(r -> (String) r.get("state")).toList());
        assertEquals(7, Db.count("select count(*) from knowledge_article_status_changes where article_id = ?::uuid"
                + " and legal_basis like 'Art 43(6)%'", id), "CREATE, SUBMIT, PUBLISH; CREATE, SUBMIT, SUPERSEDE (of 1), PUBLISH");

        // withdrawn: off the public page
        Api.Response withdrawn = Api.postJson(ARTICLES + "/" + id + "/withdraw", "{\"reason\":\"programme ended\"}", second);
        assertEquals(200, withdrawn.status(), withdrawn.toString());
        assertFalse(page(PROGRAMMES + "?ms=LU&lang=en").body().contains(v2));
        assertEquals(1, Db.count("select count(*) from audit_entries where action = 'ARTICLE_WITHDRAWN' and object_id = ?"
                + " and outcome = 'SUCCESS' and seq > ?", id, mark));

        // the wrong role: 403 on the editorial API; centre-admin drafts but does not publish
        for (String other : List.of("ca-nl", "auditor", "expert")) {
            assertEquals(403, Api.get(ARTICLES, Tokens.user(other)).status(), other);
            assertEquals(403, move(id, "publish", Tokens.user(other)).status(), other);
        }
        assertEquals(403, move(id, "withdraw", Tokens.user("admin")).status());
        assertEquals(200, Api.get(ARTICLES + "/" + id, Tokens.user("admin")).status());
        assertEquals(404, Api.get(ARTICLES + "/" + UUID.randomUUID(), reviewer).status());
    }

    @Test
    void thePublicPagesShowTheSeededSupportServicesAndDefinitionsInBothLanguages() {
        Api.Response support = page("/public/knowledge/support?ms=NL&lang=nl");
        assertEquals(200, support.status(), support.toString());
        assertTrue(support.body().contains("Vuurtoren steunlijn (demo)"), support.body());
        assertFalse(support.body().contains("Haven adviescentra (demo)"), "a German service is not listed for NL");
        assertNoSession(support);
        Api.Response definitions = page("/public/knowledge/definitions?lang=en");
        assertTrue(definitions.body().contains("Directive 2011/93/EU"), definitions.body());
        assertTrue(definitions.body().contains("Grooming (solicitation of children)"));
        assertEquals(404, page("/public/knowledge/nothing-here").status());
    }

    @Test
    void networkMembersShareListAndDownloadAndEveryoneElseIsRefused() {
        long mark = Fixtures.auditMark();
        String expert = Tokens.user("expert");
        byte[] minutes = ("Minutes of an invented network meeting " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        Api.Response shared = Api.raw("POST", NETWORK + "?fileName=minutes.txt", minutes, expert, "Content-Type", "text/plain",
                "Idempotency-Key", UUID.randomUUID().toString(), "Accept", "application/json");
        assertEquals(201, shared.status(), shared.toString());
        String docId = shared.json().getString("id");
        assertEquals(minutes.length, Db.count("select size_bytes from knowledge_network_documents where id = ?::uuid", docId));

        Api.Response listed = Api.get(NETWORK, Tokens.user("reviewer"));
        assertEquals(200, listed.status(), listed.toString());
        assertTrue(listed.body().contains(docId));
        Api.Binary got = Api.getBytes(NETWORK + "/" + docId, expert);
        assertEquals(200, got.status());
        assertArrayEquals(minutes, got.body());
        assertTrue(got.header("Content-Disposition").orElse("").startsWith("attachment;"));

        for (String other : List.of("ca-nl", "auditor")) {
            String token = Tokens.user(other);
            assertEquals(403, Api.get(NETWORK, token).status(), other);
            assertEquals(403, Api.getBytes(NETWORK + "/" + docId, token).status(), other);
        }
        assertEquals(403, Api.get(NETWORK, Tokens.provider(Tokens.Provider.ALPHA)).status());

        Api.Response html = Api.raw("POST", NETWORK + "?fileName=x.html", "<p>synthetic</p>".getBytes(StandardCharsets.UTF_8), expert,
                "Content-Type", "text/html", "Idempotency-Key", UUID.randomUUID().toString(), "Accept", "application/json");
        assertEquals(400, html.status(), html.toString());
        assertEquals("mediaType", html.json().getJsonArray("violations").getJsonObject(0).getString("field"));
        assertEquals(1, Db.count("select count(*) from audit_entries where action = 'NETWORK_DOCUMENT_SHARED' and object_id = ?"
                + " and outcome = 'SUCCESS' and seq > ?", docId, mark));
        assertEquals(1, Db.count("select count(*) from audit_entries where action = 'NETWORK_DOCUMENT_DOWNLOADED' and object_id = ?"
                + " and seq > ?", docId, mark));
    }
}

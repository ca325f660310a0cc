package eu.csar.it.notification;

import eu.csar.it.support.Api;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Fixtures;
import eu.csar.it.support.Inbox;
import eu.csar.it.support.Tokens;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The inbox API as an authority's systems use it: a provider that moves its legal representative
 * from Ireland to France is announced to both (IE: it left, FR: it entered, with what changed and
 * who is competent before and after); Ireland keeps its older notifications listed but can no
 * longer open the provider; notifications are read once per authority, saying by whom; the unread
 * count and "read all" agree with the database; every inbox read and mark-read is on the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
class InboxRestIT {

    static final String INBOX = "/api/v1/inbox";
    static final String PROVIDERS = "/api/v1/providers";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    /** Amends the provider with the builder's current profile; returns the new version. */
    static long amend(Fixtures.ProviderBuilder profile, UUID id, String legalName, long version) {
        Api.Response r = Api.putJson(PROVIDERS + "/" + id, profile.json().add("legalName", legalName).add("version", version)
                .build().toString(), Tokens.user("admin"));
        assertEquals(200, r.status(), r.toString());
        return r.json().getJsonNumber("version").longValue();
    }

    @Test
    void aLegalRepresentativeMovingFromIrelandToFranceIsToldToBothAndIrelandCanNoLongerOpenTheProvider() throws Exception {
        Fixtures.ProviderBuilder profile = Fixtures.provider("Moving Ltd").representedIn("IE");
        Fixtures.NewProvider p = profile.register();
        String ie = Tokens.user("ca-ie");
        String fr = Tokens.user("ca-fr");
        Inbox ieInbox = Inbox.watch(ie);
        Inbox frInbox = Inbox.watch(fr);
        Inbox nlInbox = Inbox.watch(Tokens.user("ca-nl"));

        long version = amend(profile.contactEmail("new-" + UUID.randomUUID().toString().substring(0, 6) + "@moving.example"),
                p.id(), p.legalName(), p.version());
        JsonObject earlier = ieInbox.awaitNew(p.id(), "PROVIDER_CHANGED");
        assertEquals(List.of("CONTACT_POINT"), Inbox.codes(earlier, "changes"));
        assertTrue(earlier.getBoolean("openable"), earlier.toString());
        assertEquals(200, Api.get(PROVIDERS + "/" + p.id(), ie).status(), "Ireland is competent and opens the provider");

        amend(profile.representedIn("FR"), p.id(), p.legalName(), version);

        JsonObject left = ieInbox.awaitNew(p.id(), "PROVIDER_LEFT_JURISDICTION");
        JsonObject entered = frInbox.awaitNew(p.id(), "PROVIDER_ENTERED_JURISDICTION");
        for (JsonObject told : List.of(left, entered)) {
            assertEquals(List.of("LEGAL_REPRESENTATIVE"), Inbox.codes(told, "changes"), told.toString());
            assertEquals(List.of("IE"), Inbox.codes(told, "competentBefore"), told.toString());
            assertEquals(List.of("FR"), Inbox.codes(told, "competentAfter"), told.toString());
            assertEquals(p.legalName(), told.getString("subjectLabel"));
        }
        assertEquals(p.legalName() + ": Left your jurisdiction. Changed: legal representative. Competent now: FR (before: IE).",
                left.getString("summary"));
        assertEquals(p.legalName() + ": Entered your jurisdiction. Changed: legal representative. Competent now: FR (before: IE).",
                entered.getString("summary"));
        assertTrue(entered.getBoolean("openable"), "France may open the provider now: " + entered);
        assertEquals(200, Api.get(PROVIDERS + "/" + p.id(), fr).status());

        assertEquals(404, Api.get(PROVIDERS + "/" + p.id(), ie).status(), "Ireland can no longer open the provider");
        JsonObject stillListed = ieInbox.item(earlier.getString("id")).orElseThrow();
        assertFalse(stillListed.getBoolean("openable"), "listed as no longer under Ireland's jurisdiction: " + stillListed);
        assertFalse(left.getBoolean("openable") || ieInbox.item(left.getString("id")).orElseThrow().getBoolean("openable"));
        assertEquals(List.of(), nlInbox.newItemsAbout(p.id()), "the Netherlands were never competent and are not told");

        List<Map<String, Object>> rows = Db.rows("select recipient, kind, changes, competent_before, competent_after "
                + "from notifications where subject_id = ?::uuid and kind <> 'PROVIDER_CHANGED' order by recipient", p.id().toString());
        assertEquals(List.of(
                Map.of("recipient", "FR", "kind", "PROVIDER_ENTERED_JURISDICTION", "changes", "LEGAL_REPRESENTATIVE",
                        "competent_before", "IE", "competent_after", "FR"),
                Map.of("recipient", "IE", "kind", "PROVIDER_LEFT_JURISDICTION", "changes", "LEGAL_REPRESENTATIVE",
                        "competent_before", "IE", "competent_after", "FR")), rows, "stored as codes, not as English text");
    }

    @Test
    void theSummaryFollowsTheCallersLanguage() throws Exception {
        Fixtures.ProviderBuilder profile = Fixtures.provider("Taalkundig B.V.").establishedIn("NL");
        Fixtures.NewProvider p = profile.register();
        String nl = Tokens.user("ca-nl");
        Inbox nlInbox = Inbox.watch(nl);
        amend(profile.contactEmail("nieuw-" + UUID.randomUUID().toString().substring(0, 6) + "@taal.example"),
                p.id(), p.legalName(), p.version());
        String id = nlInbox.awaitNew(p.id(), "PROVIDER_CHANGED").getString("id");

        Api.Response dutch = Api.raw("GET", INBOX, null, nl, "Accept", "application/json", "Accept-Language", "nl-NL,nl;q=0.9,en;q=0.5");
        assertEquals(200, dutch.status(), dutch.toString());
        JsonObject item = dutch.jsonArray().stream().map(v -> v.asJsonObject()).filter(o -> o.getString("id").equals(id))
                .findFirst().orElseThrow();
        assertEquals(p.legalName() + ": Gewijzigd: contactpunt.", item.getString("summary"));
        assertEquals(p.legalName() + ": Changed: point of contact.", nlInbox.item(id).orElseThrow().getString("summary"));
    }

    @Test
    void aNotificationIsReadOncePerAuthoritySayingByWhomAndReadAllMarksTheRest() throws Exception {
        Fixtures.ProviderBuilder profile = Fixtures.provider("Read Twice B.V.").establishedIn("NL");
        Fixtures.NewProvider p = profile.register();
        String nl = Tokens.user("ca-nl");
        String nlDe = Tokens.user("ca-nl-de");
        Inbox nlInbox = Inbox.watch(nl);
        long version = amend(profile.contactEmail("one-" + UUID.randomUUID().toString().substring(0, 6) + "@read.example"),
                p.id(), p.legalName(), p.version());
        String first = nlInbox.awaitNew(p.id(), "PROVIDER_CHANGED").getString("id");
        amend(profile.contactEmail("two-" + UUID.randomUUID().toString().substring(0, 6) + "@read.example"), p.id(), p.legalName(), version);
        long deadline = System.currentTimeMillis() + 30_000;
        while (nlInbox.newItemsAbout(p.id()).size() < 2 && System.currentTimeMillis() < deadline) {
            Thread.sleep(250);
        }
        String second = nlInbox.newItemsAbout(p.id()).stream().map(o -> o.getString("id")).filter(i -> !i.equals(first))
                .findFirst().orElseThrow();

        assertEquals(unreadInDb("NL"), unreadCount(nl), "the menu's count is the inbox's unread notifications");
        assertTrue(unreadCount(nl) >= 2);
        long mark = Fixtures.auditMark();

        Api.Response read = Api.postJson(INBOX + "/" + first + "/read", "", nlDe);
        assertEquals(204, read.status(), read.toString());
        JsonObject seenByNl = nlInbox.item(first).orElseThrow();
        assertEquals("ca-nl-de", seenByNl.getString("readBy"), "read for the whole authority, saying by whom: " + seenByNl);
        assertFalse(seenByNl.isNull("readAt"));
        assertEquals("ca-nl-de", Db.value("select read_by from notifications where id = ?::uuid", first));
        assertEquals(1, Db.count("select count(*) from audit_entries where seq > ? and action = 'NOTIFICATION_MARKED_READ' "
                + "and actor = 'ca-nl-de' and object_type = 'Notification' and object_id = ? and outcome = 'SUCCESS'", mark, first));

        Api.Response all = Api.postJson(INBOX + "/read-all", "", nl);
        assertEquals(200, all.status(), all.toString());
        assertTrue(all.json().getInt("marked") >= 1, all.toString());
        assertEquals(0, unreadCount(nl));
        assertEquals(0, unreadInDb("NL"));
        assertEquals("ca-nl", nlInbox.item(second).orElseThrow().getString("readBy"));
        assertEquals("ca-nl-de", nlInbox.item(first).orElseThrow().getString("readBy"), "the first reader stays");
        assertEquals(1, Db.count("select count(*) from audit_entries where seq > ? and action = 'NOTIFICATIONS_MARKED_READ' "
                + "and actor = 'ca-nl' and object_type = 'Inbox' and object_id = 'NL' and outcome = 'SUCCESS'", mark));
    }

    @Test
    void everyInboxReadIsAuditedOnceAndMarkingAnotherAuthoritysNotificationIsRefusedAndAudited() throws Exception {
        Fixtures.ProviderBuilder profile = Fixtures.provider("Foreign GmbH").establishedIn("DE");
        Fixtures.NewProvider p = profile.register();
        Inbox deInbox = Inbox.watch(Tokens.user("ca-de"));
        amend(profile.contactEmail("neu-" + UUID.randomUUID().toString().substring(0, 6) + "@foreign.example"),
                p.id(), p.legalName(), p.version());
        String germanOnly = deInbox.awaitNew(p.id(), "PROVIDER_CHANGED").getString("id");

        long mark = Fixtures.auditMark();
        Api.Response list = Api.get(INBOX, Tokens.user("ca-fr"));
        assertEquals(200, list.status(), list.toString());
        assertEquals(List.of(Map.of("actor", "ca-fr", "object_type", "Inbox", "object_id", "FR", "outcome", "SUCCESS")),
                Db.rows("select actor, object_type, object_id, outcome from audit_entries where seq > ? and action = 'INBOX_READ'", mark),
                "one audit row per inbox read");

        Api.Response foreign = Api.postJson(INBOX + "/" + germanOnly + "/read", "", Tokens.user("ca-fr"));
        assertEquals(404, foreign.status(), foreign.toString());
        assertTrue(Db.value("select read_at from notifications where id = ?::uuid", germanOnly) == null, "still unread");
        assertEquals(1, Db.count("select count(*) from audit_entries where seq > ? and action = 'NOTIFICATION_MARKED_READ' "
                + "and actor = 'ca-fr' and object_id = ? and outcome = 'NOT_FOUND'", mark, germanOnly));
        assertEquals(403, Api.postJson(INBOX + "/read-all", "", Tokens.user("auditor")).status(), "only authorities have an inbox");
        assertEquals(404, Api.postJson(INBOX + "/" + germanOnly + "/read", "", Tokens.user("admin")).status(),
                "the EU Centre's inbox is not a Member State's");
        assertTrue(Db.value("select read_at from notifications where id = ?::uuid", germanOnly) == null, "still unread");
    }

    static long unreadCount(String token) {
        Api.Response r = Api.get(INBOX + "/unread-count", token);
        assertEquals(200, r.status(), r.toString());
        return r.json().getJsonNumber("unread").longValue();
    }

    static long unreadInDb(String memberState) {
        return Db.count("select count(*) from notifications where recipient = ? and read_at is null", memberState);
    }
}

package eu.csar.it.notification;

import eu.csar.it.support.Api;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Fixtures;
import eu.csar.it.support.Inbox;
import eu.csar.it.support.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The transactional outbox of registry notifications (docs/write-path.md): a provider change
 * commits together with its outbox row, the relay sends the row and the competent authority is
 * told, with the row's id as the notification's source message id; a row the relay cannot send
 * stays in the outbox, counted and with its error, and goes once it can; a row sent twice (a relay
 * that crashed after sending, before marking it sent) puts one notification in the inbox.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxIT {

    static final String QUEUE = "java:/jms/queue/RegistryNotificationQueue";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void aProviderChangeCommitsWithItsOutboxRowAndTheRelayedMessageReachesTheAuthority() throws Exception {
        Fixtures.ProviderBuilder profile = Fixtures.provider("Outbox Ltd").establishedIn("NL");
        Fixtures.NewProvider p = profile.register();
        assertTrue(outboxRowsOf(p.id()).isEmpty(), "registering tells nobody");
        Inbox nl = Inbox.watch(Tokens.user("ca-nl"));

        amend(profile.contactEmail("new-" + UUID.randomUUID().toString().substring(0, 6) + "@outbox.example"), p);

        nl.awaitNew(p.id(), "PROVIDER_CHANGED");
        List<Map<String, Object>> rows = outboxRowsOf(p.id());
        assertEquals(1, rows.size(), rows.toString());
        UUID rowId = (UUID) rows.get(0).get("id");
        await(() -> isSent(rowId), "the relay marks the row sent");
        assertEquals(QUEUE, rows.get(0).get("destination"));
        assertEquals(1, Db.count("select count(*) from notifications where source_message_id = ? and recipient = 'NL'",
                rowId.toString()), "the notification names the outbox row as its source message");
    }

    @Test
    void aMessageTheRelayCannotSendStaysInTheOutboxAndIsSentLater() throws Exception {
        Fixtures.NewProvider p = Fixtures.provider("Unsent Ltd").establishedIn("NL").register();
        Inbox nl = Inbox.watch(Tokens.user("ca-nl"));
        UUID rowId = UUID.randomUUID();
        // A row whose queue does not exist: every send fails, as with a broker that refuses it.
        Db.execute("insert into outbox_messages (id, destination, properties, created_at, next_attempt_at) values ('" + rowId
                + "', 'java:/jms/queue/NoSuchQueue', E'providerId=" + p.id()
                + "\\nchanges=CONTACT_POINT\\ncompetentBefore=NL\\ncompetentAfter=NL\\n', now(), now())");

        await(() -> attempts(rowId) >= 1, "the relay tries the row");
        Map<String, Object> failed = row(rowId);
        assertNull(failed.get("sent_at"), "a row that could not be sent stays unsent");
        assertNotNull(failed.get("last_error"), failed.toString());
        assertEquals(0, Db.count("select count(*) from notifications where source_message_id = ?", rowId.toString()));

        // The cause is mended (here: the queue is right now); the row goes at its next attempt.
        Db.execute("update outbox_messages set destination = '" + QUEUE + "', next_attempt_at = now() where id = '" + rowId + "'");
        await(() -> isSent(rowId), "the relay sends the row once it can");
        nl.awaitNew(p.id(), "PROVIDER_CHANGED");
        assertEquals(1, Db.count("select count(*) from notifications where source_message_id = ?", rowId.toString()));
    }

    @Test
    void aMessageSentTwicePutsOneNotificationInTheInbox() throws Exception {
        Fixtures.ProviderBuilder profile = Fixtures.provider("Twice Ltd").establishedIn("NL");
        Fixtures.NewProvider p = profile.register();
        Inbox nl = Inbox.watch(Tokens.user("ca-nl"));
        amend(profile.contactEmail("twice-" + UUID.randomUUID().toString().substring(0, 6) + "@twice.example"), p);
        nl.awaitNew(p.id(), "PROVIDER_CHANGED");
        UUID rowId = (UUID) outboxRowsOf(p.id()).get(0).get("id");
        await(() -> isSent(rowId), "sent once");
        await(() -> deliveries(p.id()) == 1, "delivered once");

        // As if the relay had crashed after sending and before marking the row sent: it sends it again.
        Db.execute("update outbox_messages set sent_at = null, next_attempt_at = now() where id = '" + rowId + "'");
        await(() -> isSent(rowId), "sent again");
        await(() -> deliveries(p.id()) == 2, "the consumer handled the second copy");

        assertEquals(1, Db.count("select count(*) from notifications where source_message_id = ?", rowId.toString()),
                "the second copy adds nothing");
        assertEquals(1, nl.newItemsAbout(p.id()).size());
    }

    private static void amend(Fixtures.ProviderBuilder profile, Fixtures.NewProvider p) {
        Api.Response r = Api.putJson("/api/v1/providers/" + p.id(), profile.json().add("legalName", p.legalName())
                .add("version", p.version()).build().toString(), Tokens.user("admin"));
        assertEquals(200, r.status(), r.toString());
    }

    private static List<Map<String, Object>> outboxRowsOf(UUID providerId) {
        return Db.rows("select id, destination, sent_at, attempts, last_error from outbox_messages where properties like ?",
                "%providerId=" + providerId + "\n%");
    }

    private static Map<String, Object> row(UUID id) {
        return Db.rows("select id, sent_at, attempts, last_error from outbox_messages where id = ?", id).get(0);
    }

    private static boolean isSent(UUID id) {
        return row(id).get("sent_at") != null;
    }

    private static int attempts(UUID id) {
        return ((Number) row(id).get("attempts")).intValue();
    }

    /** How many times the consumer handled a message about the provider (each handling is audited). */
    private static long deliveries(UUID providerId) {
        return Db.count("select count(*) from audit_entries where action = 'NOTIFICATION_DELIVERED' and object_id = ?",
                providerId.toString());
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!condition.getAsBoolean()) {
            assertFalse(System.currentTimeMillis() > deadline, "not within 30 s: " + what);
            Thread.sleep(200);
        }
    }
}

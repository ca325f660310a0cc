package eu.csar.it.audit;

import eu.csar.it.support.Api;
import eu.csar.it.support.AuditSeals;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Tokens.Provider;
import eu.csar.it.support.Tokens;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit trail is append-only and tamper-evident in the real database: writers append unsealed
 * events, the chainer seals them once, the database refuses every other change, and when someone with
 * the owner's rights edits, removes or reorders sealed entries anyway, the verifier names the entry.
 * Each tampering is undone afterwards, so the chain verifies again for the tests that follow.
 */
@ExtendWith(ArquillianExtension.class)
class AuditChainIT {

    static final String VERIFY = "/api/v1/audit/chain-verification";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    /** Makes sure there are a few sealed entries to tamper with; returns the chain position of the last of them. */
    static long someEntry() {
        for (int i = 0; i < 3; i++) {
            assertEquals(200, Api.get("/api/v1/providers/me", Tokens.provider(Provider.ALPHA)).status());
        }
        long written = Db.count("select max(seq) from audit_entries where action = 'PROVIDER_READ'");
        return AuditSeals.awaitSealed(written);
    }

    static JsonObject verify() {
        return Api.get(VERIFY, Tokens.user("auditor")).json();
    }

    static void assertNamed(long chainSeq, String problemPart, JsonObject result) {
        assertFalse(result.getBoolean("intact"), result.toString());
        assertEquals(chainSeq, result.getJsonNumber("firstBrokenSeq").longValue(), result.toString());
        assertTrue(result.getString("problem").contains(problemPart), result.toString());
    }

    @Test
    void anUntouchedChainVerifiesIntact() {
        someEntry();
        JsonObject result = verify();
        assertTrue(result.getBoolean("intact"), result.toString());
        assertTrue(result.getJsonNumber("entriesChecked").longValue() >= 3);
        assertTrue(!result.containsKey("warning") || result.isNull("warning"), "no entry waits long for the chainer: " + result);
    }

    @Test
    void theChainerSealsEveryEntryOnceInOrderWithTimesThatNeverGoBack() {
        long seq = someEntry();
        assertEquals(0, Db.count("select count(*) from (select chain_seq, sealed_at, lag(sealed_at) over (order by chain_seq) prev "
                + "from audit_entries where chain_seq is not null) t where sealed_at < prev"), "sealing times follow the chain");
        assertEquals(Db.count("select last_seq from audit_chain_head"), Db.count("select max(chain_seq) from audit_entries"),
                "the head is at the last sealed entry");
        assertTrue(seq <= Db.count("select last_seq from audit_chain_head"));
    }

    @Test
    void theDatabaseRefusesToChangeAnEntry() {
        long seq = someEntry();
        assertThrows(IllegalStateException.class, () -> Db.execute("update audit_events set purpose = 'x' where chain_seq = " + seq));
        assertThrows(IllegalStateException.class, () -> Db.execute("update audit_events set sealed_at = now() where chain_seq = " + seq),
                "a sealed entry is never sealed again");
        assertThrows(IllegalStateException.class, () -> Db.execute("delete from audit_events where chain_seq = " + seq));
        assertThrows(IllegalStateException.class, () -> Db.execute("truncate audit_events"));
        assertThrows(IllegalStateException.class, () -> Db.execute("insert into audit_events (id, occurred_at, actor_id, roles, "
                + "member_states, action, object_type, purpose, outcome, chain_seq, sealed_at, prev_hash, entry_hash) values ("
                + "gen_random_uuid(), now(), gen_random_uuid(), '', '', 'X', 'Y', 'z', 'SUCCESS', 999999, now(), repeat('0', 64), "
                + "repeat('0', 64))"), "only the chainer seals, and only by sealing an unsealed entry");
        assertTrue(verify().getBoolean("intact"));
    }

    @Test
    void anEntryEditedBehindTheApplicationsBackIsNamedByTheVerifier() {
        long seq = someEntry();
        String original = (String) Db.value("select purpose from audit_events where chain_seq = ?", seq);
        try {
            tamper("update audit_events set purpose = 'mallory was here' where chain_seq = " + seq);
            assertNamed(seq, "altered", verify());
        } finally {
            tamper("update audit_events set purpose = '" + original + "' where chain_seq = " + seq);
        }
        assertTrue(verify().getBoolean("intact"), "restored entry verifies again");
    }

    @Test
    void aRemovedEntryIsNamedByTheVerifier() {
        long last = someEntry();
        long removed = last - 1;
        try {
            tamper("create table audit_it_removed as select * from audit_events where chain_seq = " + removed,
                    "delete from audit_events where chain_seq = " + removed);
            assertNamed(last, "entries " + removed + " to " + removed + " are missing", verify());
        } finally {
            tamper("insert into audit_events select * from audit_it_removed", "drop table audit_it_removed");
        }
        assertTrue(verify().getBoolean("intact"), "restored entry verifies again");
    }

    @Test
    void twoEntriesWhosePositionsWereSwappedAreNamedByTheVerifier() {
        long second = someEntry();
        long first = second - 1;
        try {
            swap(first, second);
            assertNamed(first, "does not chain to entry " + (first - 1), verify());
        } finally {
            swap(first, second);
        }
        assertTrue(verify().getBoolean("intact"), "restored order verifies again");
    }

    @Test
    void erasingAnActorsNameKeepsTheChainIntactAndTheTrailShowsTheActorAsErased() {
        UUID actor = UUID.randomUUID();
        Db.execute("insert into audit_actors (actor_id, name, first_seen) values ('" + actor + "', 'erasable-" + actor + "', now())",
                "insert into audit_events (id, occurred_at, actor_id, roles, member_states, action, object_type, purpose, outcome) "
                        + "values (gen_random_uuid(), now(), '" + actor + "', 'centre-admin', '', 'PROVIDER_READ', 'Provider', "
                        + "'registry administration', 'SUCCESS')");
        long seq = Db.count("select seq from audit_entries where actor_id = ?", actor);
        AuditSeals.awaitSealed(seq);
        assertEquals("erasable-" + actor, Db.value("select actor from audit_entries where seq = ?", seq));

        Db.execute("delete from audit_actors where actor_id = '" + actor + "'");
        assertNull(Db.value("select actor from audit_entries where seq = ?", seq), "the name is gone");
        assertTrue(verify().getBoolean("intact"), "the chain holds the pseudonym only");
        Api.Response page = Api.get("/api/v1/audit/entries?size=200", Tokens.user("auditor"));
        assertTrue(page.json().getJsonArray("items").stream().map(v -> v.asJsonObject())
                .anyMatch(e -> e.getJsonNumber("seq").longValue() == seq && e.getBoolean("actorErased") && (!e.containsKey("actor") || e.isNull("actor"))),
                "the trail lists the entry with its actor erased: " + page);
    }

    @Test
    void theTrailIsForAuditorsOnly() {
        assertEquals(403, Api.get(VERIFY, Tokens.user("admin")).status());
        assertEquals(403, Api.get("/api/v1/audit/entries", Tokens.provider(Provider.ALPHA)).status());
        Api.Response page = Api.get("/api/v1/audit/entries?outcome=refused&size=5", Tokens.user("auditor"));
        assertEquals(200, page.status(), page.toString());
        var items = page.json().getJsonArray("items");
        assertFalse(items.isEmpty(), "the refusals just made are listed");
        assertTrue(items.stream().allMatch(v -> v.asJsonObject().getString("outcome").equals("REFUSED")), page.toString());
        assertEquals("OPERATION_REFUSED", items.getJsonObject(0).getString("action"), "newest first: the provider's refused call");
    }

    /** Swaps the chain positions of two sealed entries (through a free position, the positions being unique). */
    static void swap(long a, long b) {
        tamper("update audit_events set chain_seq = -1 where chain_seq = " + a,
                "update audit_events set chain_seq = " + a + " where chain_seq = " + b,
                "update audit_events set chain_seq = " + b + " where chain_seq = -1");
    }

    /** What an attacker with the table owner's rights can do: switch the append-only trigger off around a change. */
    static void tamper(String... statements) {
        String[] all = new String[statements.length + 2];
        all[0] = "alter table audit_events disable trigger audit_events_append_only";
        System.arraycopy(statements, 0, all, 1, statements.length);
        all[all.length - 1] = "alter table audit_events enable trigger audit_events_append_only";
        Db.execute(all);
    }
}

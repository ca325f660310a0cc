package eu.csar.it.audit;

import eu.csar.it.support.Api;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit trail is append-only and tamper-evident in the real database: the application cannot
 * change an entry, and when someone with the owner's rights does, the verifier names the entry.
 */
@ExtendWith(ArquillianExtension.class)
class AuditChainIT {

    static final String VERIFY = "/api/v1/audit/chain-verification";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    /** Makes sure there are a few entries to tamper with. */
    static long someEntry() {
        for (int i = 0; i < 3; i++) {
            assertEquals(200, Api.get("/api/v1/providers/me", Tokens.provider(Provider.ALPHA)).status());
        }
        return Db.count("select max(seq) from audit_entries where action = 'PROVIDER_READ'");
    }

    @Test
    void anUntouchedChainVerifiesIntact() {
        someEntry();
        JsonObject result = Api.get(VERIFY, Tokens.user("auditor")).json();
        assertTrue(result.getBoolean("intact"), result.toString());
        assertTrue(result.getJsonNumber("entriesChecked").longValue() >= 3);
    }

    @Test
    void theDatabaseRefusesToChangeAnEntry() {
        long seq = someEntry();
        assertThrows(IllegalStateException.class, () -> Db.execute("update audit_entries set actor = 'mallory' where seq = " + seq));
        assertThrows(IllegalStateException.class, () -> Db.execute("delete from audit_entries where seq = " + seq));
    }

    @Test
    void anEntryEditedBehindTheApplicationsBackIsNamedByTheVerifier() {
        long seq = someEntry();
        String original = (String) Db.value("select actor from audit_entries where seq = ?", seq);
        try {
            tamper("update audit_entries set actor = 'mallory' where seq = " + seq);
            JsonObject result = Api.get(VERIFY, Tokens.user("auditor")).json();
            assertFalse(result.getBoolean("intact"), result.toString());
            assertEquals(seq, result.getJsonNumber("firstBrokenSeq").longValue(), result.toString());
            assertTrue(result.getString("problem").contains("altered"), result.toString());
        } finally {
            tamper("update audit_entries set actor = '" + original + "' where seq = " + seq);
        }
        assertTrue(Api.get(VERIFY, Tokens.user("auditor")).json().getBoolean("intact"), "restored entry verifies again");
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

    /** What an attacker with the table owner's rights can do: switch the append-only trigger off around an edit. */
    static void tamper(String statement) {
        Db.execute("alter table audit_entries disable trigger audit_entries_no_update", statement,
                "alter table audit_entries enable trigger audit_entries_no_update");
    }
}

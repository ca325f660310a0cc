package eu.csar.it.vault;

import eu.csar.it.support.Api;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Fixtures;
import eu.csar.it.support.SyntheticImages;
import eu.csar.it.support.Tokens;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The evidence vault on the real stack, with synthetic gradient images drawn here (never any real
 * material): what PostgreSQL holds is not the image and the data key sits wrapped in its own table; a
 * centre reviewer's reveal gives back the exact bytes and is audited with its purpose; other roles
 * get 403; a destroyed item's wrapped key is gone and a reveal is refused; a master key rotation
 * (a new key generated in the server's credential store through the management API) wraps every live
 * data key again and the content stays readable, also after the old key is removed from the store.
 */
@ExtendWith(ArquillianExtension.class)
class EvidenceVaultIT {

    static final String ITEMS = "/api/v1/vault/items/";
    static final String STORE = "/test-support/vault/items";
    static final String CREDENTIAL_STORE = "/subsystem=elytron/credential-store=csar-vault";
    static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @ArquillianResource
    ManagementClient management;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    /** A harmless synthetic picture: a two-colour gradient, different for each seed. */
    static byte[] gradientPng(int seed) {
        return SyntheticImages.gradientPng(seed);
    }

    static JsonObject store(byte[] png) {
        Api.Response r = Api.raw("POST", STORE + "?owner=reports&reference=it-report-" + UUID.randomUUID(), png,
                Tokens.user("admin"), "Content-Type", "image/png", "Accept", "application/json");
        assertEquals(201, r.status(), r.toString());
        return r.json();
    }

    static Api.Binary reveal(String id, String purpose, String token) {
        return Api.getBytes(ITEMS + id + "?purpose=" + purpose, token);
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    static String alias(String id) {
        return (String) Db.value("select master_key_alias from vault_data_keys where item_id = ?", UUID.fromString(id));
    }

    @Test
    void theImageIsEncryptedAtRestAndAReviewersRevealGivesItBackExactlyAuditedWithItsPurpose() throws Exception {
        byte[] png = gradientPng(1);
        long mark = Fixtures.auditMark();
        JsonObject receipt = store(png);
        String id = receipt.getString("id");
        assertEquals(sha256(png), receipt.getString("sha256"));
        assertEquals(png.length, receipt.getInt("size"));

        Map<String, Object> row = Db.rows("select segment_bytes, sha256, media_type, size_bytes, owner_context from vault_items where id = ?",
                UUID.fromString(id)).get(0);
        List<Map<String, Object>> segments = Db.rows("select ciphertext from vault_segments where item_id = ?", UUID.fromString(id));
        assertEquals(1, segments.size(), "an image under 1 MiB is one segment");
        byte[] atRest = (byte[]) segments.get(0).get("ciphertext");
        assertFalse(Arrays.equals(png, atRest), "PostgreSQL must not hold the image");
        assertFalse(Arrays.equals(PNG_MAGIC, Arrays.copyOf(atRest, PNG_MAGIC.length)), "no PNG signature at rest");
        assertEquals(png.length + 16, atRest.length, "AES-GCM: the content's length plus the 128-bit tag");
        assertEquals(1024 * 1024, ((Number) row.get("segment_bytes")).intValue());
        assertEquals(sha256(png), row.get("sha256"));
        assertEquals("image/png", row.get("media_type"));
        assertEquals("reports", row.get("owner_context"));

        // The data key is wrapped, in a table of its own; the items table has no key column at all.
        List<Map<String, Object>> keys = Db.rows("select wrapped_key, wrap_nonce, master_key_alias from vault_data_keys where item_id = ?",
                UUID.fromString(id));
        assertEquals(1, keys.size());
        assertEquals(32 + 16, ((byte[]) keys.get(0).get("wrapped_key")).length, "a 256-bit data key wrapped with AES-GCM");
        assertTrue(((String) keys.get(0).get("master_key_alias")).startsWith("vault"), keys.toString());
        assertEquals(0L, Db.count("select count(*) from information_schema.columns where table_name = 'vault_items' and column_name like '%key%'"));

        Api.Binary revealed = reveal(id, "report-assessment", Tokens.user("reviewer"));
        assertEquals(200, revealed.status(), new String(revealed.body()));
        assertArrayEquals(png, revealed.body(), "the exact original bytes");
        assertEquals("image/png", revealed.header("Content-Type").orElseThrow());
        assertTrue(revealed.header("Content-Disposition").orElseThrow().startsWith("attachment"), "never rendered inline");
        assertEquals("no-store", revealed.header("Cache-Control").orElseThrow());
        assertEquals("sha-256=:" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(png)) + ":",
                revealed.header("Repr-Digest").orElseThrow());

        assertEquals(1L, Db.count("select count(*) from audit_entries where seq > ? and action = 'VAULT_ITEM_STORED' and object_id = ?"
                + " and outcome = 'SUCCESS' and actor = 'admin'", mark, id));
        assertEquals(1L, Db.count("select count(*) from audit_entries where seq > ? and action = 'VAULT_ITEM_REVEALED' and object_id = ?"
                + " and outcome = 'SUCCESS' and actor = 'reviewer' and purpose = 'evidence reveal for report assessment'", mark, id));

        Api.Binary second = reveal(id, "second-review", Tokens.user("reviewer"));
        assertArrayEquals(png, second.body());
        assertEquals(1L, Db.count("select count(*) from audit_entries where seq > ? and action = 'VAULT_ITEM_REVEALED' and object_id = ?"
                + " and purpose = 'evidence reveal for a second review'", mark, id), "every reveal is its own entry");
    }

    @Test
    void otherRolesGet403AndARevealNeedsAKnownPurposeAndItem() {
        String id = store(gradientPng(2)).getString("id");
        long mark = Fixtures.auditMark();

        for (String user : List.of("admin", "auditor", "ca-nl")) {
            Api.Binary refused = reveal(id, "report-assessment", Tokens.user(user));
            assertEquals(403, refused.status(), user + ": " + new String(refused.body()));
            assertTrue(new String(refused.body()).contains("urn:eu:csar:problem:forbidden"), new String(refused.body()));
        }
        assertEquals(403, reveal(id, "report-assessment", Tokens.provider(Tokens.Provider.ALPHA)).status());
        assertEquals(403, Api.postJson(ITEMS + id + "/destruction", "{\"reason\":\"x\"}", Tokens.user("reviewer")).status());
        assertEquals(403, Api.postJson("/api/v1/vault/master-key/rotations", "{\"alias\":\"vault-master-x\"}", Tokens.user("reviewer")).status());
        assertTrue(Db.count("select count(*) from audit_entries where seq > ? and action = 'OPERATION_REFUSED' and object_id = 'VaultResource.reveal'",
                mark) >= 4);
        assertEquals(0L, Db.count("select count(*) from audit_entries where seq > ? and action = 'VAULT_ITEM_REVEALED' and outcome = 'SUCCESS'"
                + " and object_id = ?", mark, id), "nothing was revealed");

        Api.Binary noPurpose = Api.getBytes(ITEMS + id, Tokens.user("reviewer"));
        assertEquals(400, noPurpose.status());
        assertTrue(new String(noPurpose.body()).contains("report-assessment"), "names the purposes to choose from");
        assertEquals(400, reveal(id, "curiosity", Tokens.user("reviewer")).status());
        assertEquals(404, reveal(UUID.randomUUID().toString(), "report-assessment", Tokens.user("reviewer")).status());
        assertEquals(400, reveal("not-a-uuid", "report-assessment", Tokens.user("reviewer")).status());
    }

    @Test
    void aDestroyedItemLosesItsWrappedKeyAndCanNoLongerBeRevealed() {
        String id = store(gradientPng(3)).getString("id");
        UUID uuid = UUID.fromString(id);
        String wrappedUnder = alias(id);
        long mark = Fixtures.auditMark();

        Api.Response destroyed = Api.postJson(ITEMS + id + "/destruction", "{\"reason\":\"retention period ended\"}", Tokens.user("admin"));
        assertEquals(200, destroyed.status(), destroyed.toString());
        assertTrue(destroyed.json().containsKey("destroyedAt"), destroyed.toString());

        assertEquals(0L, Db.count("select count(*) from vault_data_keys where item_id = ?", uuid), "the wrapped key row is gone");
        assertEquals(1L, Db.count("select count(*) from vault_items where id = ?", uuid), "only noise is left of the content");
        Map<String, Object> tombstone = Db.rows("select reason, destroyed_by, master_key_alias from vault_tombstones where item_id = ?", uuid).get(0);
        assertEquals("retention period ended", tombstone.get("reason"));
        assertEquals("admin", tombstone.get("destroyed_by"));
        assertEquals(wrappedUnder, tombstone.get("master_key_alias"));

        Api.Binary refused = reveal(id, "report-assessment", Tokens.user("reviewer"));
        assertEquals(409, refused.status(), new String(refused.body()));
        assertTrue(new String(refused.body()).contains("destroyed"), new String(refused.body()));
        assertEquals(409, Api.postJson(ITEMS + id + "/destruction", "{\"reason\":\"again\"}", Tokens.user("admin")).status());
        assertEquals(400, Api.postJson(ITEMS + UUID.randomUUID() + "/destruction", "{}", Tokens.user("admin")).status());
        assertEquals(404, Api.postJson(ITEMS + UUID.randomUUID() + "/destruction", "{\"reason\":\"x\"}", Tokens.user("admin")).status());

        assertEquals(1L, Db.count("select count(*) from audit_entries where seq > ? and action = 'VAULT_ITEM_DESTROYED' and object_id = ?"
                + " and outcome = 'SUCCESS' and purpose = 'evidence destruction'", mark, id));
        assertEquals(1L, Db.count("select count(*) from audit_entries where seq > ? and action = 'VAULT_ITEM_REVEALED' and object_id = ?"
                + " and outcome = 'REFUSED' and purpose = 'evidence reveal for report assessment'", mark, id));
    }

    @Test
    void aRotationRewrapsEveryLiveKeyUnderTheNewAliasAndTheOldAliasCanThenBeRemoved() throws Exception {
        byte[][] images = {gradientPng(4), gradientPng(5), gradientPng(6)};
        String[] ids = new String[images.length];
        for (int i = 0; i < images.length; i++) {
            ids[i] = store(images[i]).getString("id");
        }
        String oldAlias = alias(ids[0]);
        byte[] wrappedBefore = (byte[]) Db.value("select wrapped_key from vault_data_keys where item_id = ?", UUID.fromString(ids[0]));
        String newAlias = "vault-it-" + UUID.randomUUID().toString().substring(0, 8);

        Api.Response unknown = Api.postJson("/api/v1/vault/master-key/rotations", "{\"alias\":\"" + newAlias + "\"}", Tokens.user("admin"));
        assertEquals(400, unknown.status(), "no such key in the credential store yet: " + unknown);

        ModelNode generated = op(CREDENTIAL_STORE, "generate-secret-key", "alias", newAlias, "key-size", 256);
        assertEquals("success", generated.get("outcome").asString(), generated.toString());
        long mark = Fixtures.auditMark();

        Api.Response rotated = Api.postJson("/api/v1/vault/master-key/rotations", "{\"alias\":\"" + newAlias + "\"}", Tokens.user("admin"));
        assertEquals(200, rotated.status(), rotated.toString());
        assertEquals(newAlias, rotated.json().getString("alias"));
        assertTrue(rotated.json().getJsonNumber("rewrapped").longValue() >= images.length, rotated.toString());

        assertEquals(0L, Db.count("select count(*) from vault_data_keys where master_key_alias <> ?", newAlias), "every live key rewrapped");
        assertEquals(newAlias, Db.value("select alias from vault_master_keys order by activated_at desc limit 1"));
        String newValue = (String) Db.value("select check_value from vault_master_keys where alias = ?", newAlias);
        assertTrue(newValue != null && newValue.matches("[0-9a-f]{16}"), "the new version's check value: " + newValue);
        assertNotEquals(Db.value("select check_value from vault_master_keys where alias = ?", oldAlias), newValue, "another key, another value");
        assertFalse(Arrays.equals(wrappedBefore,
                (byte[]) Db.value("select wrapped_key from vault_data_keys where item_id = ?", UUID.fromString(ids[0]))));
        assertEquals(1L, Db.count("select count(*) from audit_entries where seq > ? and action = 'VAULT_MASTER_KEY_ROTATED' and object_id = ?"
                + " and outcome = 'SUCCESS' and actor = 'admin'", mark, newAlias));

        // The operator's last step: the old key leaves the store; the content stays readable. The key is
        // put back afterwards: the server directory is also bin/up's, whose demo database starts with it.
        ModelNode exported = op(CREDENTIAL_STORE, "export-secret-key", "alias", oldAlias);
        assertEquals("success", exported.get("outcome").asString(), exported.toString());
        ModelNode removed = op(CREDENTIAL_STORE, "remove-alias", "alias", oldAlias, "entry-type", "SecretKeyCredential");
        assertEquals("success", removed.get("outcome").asString(), removed.toString());
        try {
            for (int i = 0; i < images.length; i++) {
                Api.Binary revealed = reveal(ids[i], "indicator-verification", Tokens.user("reviewer"));
                assertEquals(200, revealed.status(), new String(revealed.body()));
                assertArrayEquals(images[i], revealed.body());
            }
        } finally {
            ModelNode restored = op(CREDENTIAL_STORE, "import-secret-key", "alias", oldAlias, "key", exported.get("result").get("key").asString());
            assertEquals("success", restored.get("outcome").asString(), restored.toString());
        }
        String later = store(gradientPng(7)).getString("id");
        assertEquals(newAlias, alias(later), "new items are wrapped under the new master key");
        assertNotEquals(oldAlias, alias(later));

        Api.Response again = Api.postJson("/api/v1/vault/master-key/rotations", "{\"alias\":\"" + newAlias + "\"}", Tokens.user("admin"));
        assertEquals(200, again.status(), again.toString());
        assertEquals(0L, again.json().getJsonNumber("rewrapped").longValue(), "nothing left to rewrap");
    }

    /**
     * The vault records the check value of each master key (docs/vault.md "Key check values"); a node
     * whose credential store holds another key under the current alias (here: the recorded value
     * changed under it) stores nothing, and a rotation cannot resume under that alias.
     */
    @Test
    void aKeyThatIsNotTheRecordedOneWrapsNothingAndCannotResumeARotation() {
        String alias = alias(store(gradientPng(8)).getString("id"));
        String recorded = (String) Db.value("select check_value from vault_master_keys where alias = ?", alias);
        assertTrue(recorded != null && recorded.matches("[0-9a-f]{16}"), "recorded at activation or at start-up: " + recorded);
        long items = Db.count("select count(*) from vault_items");
        long mark = Fixtures.auditMark();
        Db.execute("update vault_master_keys set check_value = '0000000000000000' where alias = '" + alias.replace("'", "''") + "'");
        try {
            Api.Response refused = Api.raw("POST", STORE + "?owner=reports&reference=it-report-" + UUID.randomUUID(), gradientPng(9),
                    Tokens.user("admin"), "Content-Type", "image/png", "Accept", "application/json");
            assertEquals(500, refused.status(), refused.toString());
            assertEquals(items, Db.count("select count(*) from vault_items"), "nothing stored under a key nobody else has");

            Api.Response rotation = Api.postJson("/api/v1/vault/master-key/rotations", "{\"alias\":\"" + alias + "\"}", Tokens.user("admin"));
            assertEquals(400, rotation.status(), rotation.toString());
            assertTrue(rotation.body().contains("check value"), rotation.toString());
            assertEquals(1L, Db.count("select count(*) from audit_entries where seq > ? and action = 'VAULT_MASTER_KEY_ROTATED' and object_id = ?"
                    + " and outcome = 'REFUSED'", mark, alias));
        } finally {
            Db.execute("update vault_master_keys set check_value = '" + recorded + "' where alias = '" + alias.replace("'", "''") + "'");
        }
        assertEquals(201, Api.raw("POST", STORE + "?owner=reports&reference=it-report-" + UUID.randomUUID(), gradientPng(9),
                Tokens.user("admin"), "Content-Type", "image/png", "Accept", "application/json").status(), "stored again with the right value");
    }

    private ModelNode op(String address, String name, Object... params) throws IOException {
        ModelNode op = new ModelNode();
        for (String part : address.substring(1).split("/")) {
            String[] kv = part.split("=");
            op.get("address").add(kv[0], kv[1]);
        }
        op.get("operation").set(name);
        for (int i = 0; i < params.length; i += 2) {
            if (params[i + 1] instanceof Integer n) {
                op.get((String) params[i]).set(n);
            } else {
                op.get((String) params[i]).set(String.valueOf(params[i + 1]));
            }
        }
        return management.getControllerClient().execute(op);
    }
}

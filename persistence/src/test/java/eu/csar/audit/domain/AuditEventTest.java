package eu.csar.audit.domain;

import eu.csar.audit.api.AuditOutcome;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seal of a format-2 event: what its hash covers (the pseudonym, never the name) and what it leaves out. */
class AuditEventTest {

    static final UUID ID = UUID.fromString("00000000-0000-4000-8000-000000000002");
    static final UUID ACTOR = UUID.fromString("00000000-0000-4000-8000-0000000000aa");
    static final UUID PROVIDER = UUID.fromString("7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b01");
    static final Instant AT = Instant.parse("2026-03-01T10:00:00.123456Z");
    static final Instant SEALED = Instant.parse("2026-03-01T10:00:00.5Z");
    static final AuditRecord RECORD = new AuditRecord("admin", "centre-admin", "NL", PROVIDER, "PROVIDER_READ",
            "Provider", PROVIDER.toString(), "registry administration", AuditOutcome.SUCCESS);

    static AuditEvent sealed(AuditRecord record, UUID actor) {
        AuditEvent e = AuditEvent.of(ID, record, actor, AT);
        e.seal(7, SEALED, "a".repeat(64));
        return e;
    }

    @Test
    void theHashIsTheSha256OfTheFormatTagAndTheLengthPrefixedFieldsInTheirFixedOrder() throws Exception {
        String canonical = "2:v2|" + "1:7|" + "36:" + ID + "|" + "27:2026-03-01T10:00:00.123456Z|" + "36:" + ACTOR + "|"
                + "12:centre-admin|" + "2:NL|" + "36:" + PROVIDER + "|" + "13:PROVIDER_READ|" + "8:Provider|"
                + "36:" + PROVIDER + "|" + "23:registry administration|" + "7:SUCCESS|" + "24:2026-03-01T10:00:00.500Z|"
                + "64:" + "a".repeat(64) + "|";
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, sealed(RECORD, ACTOR).entryHash());
    }

    @Test
    void theActorsNameIsNotChainedSoErasingItChangesNoHash() {
        AuditRecord otherName = new AuditRecord("someone-else", "centre-admin", "NL", PROVIDER, "PROVIDER_READ",
                "Provider", PROVIDER.toString(), "registry administration", AuditOutcome.SUCCESS);
        assertEquals(sealed(RECORD, ACTOR).entryHash(), sealed(otherName, ACTOR).entryHash());
        assertNotEquals(sealed(RECORD, ACTOR).entryHash(), sealed(RECORD, UUID.randomUUID()).entryHash(), "the pseudonym is chained");
    }

    @Test
    void anUnsealedEventHasNoChainFieldsAndAsealedOneHasAll() {
        AuditEvent e = AuditEvent.of(ID, RECORD, ACTOR, Instant.parse("2026-03-01T10:00:00.123456789Z"));
        assertFalse(e.sealed());
        assertNull(e.chainSeq());
        assertNull(e.sealedAt());
        assertNull(e.prevHash());
        assertNull(e.entryHash());
        assertEquals(AT, e.occurredAt(), "kept to the microsecond");
        assertEquals(ACTOR, e.actorId());
        assertEquals("PROVIDER_READ", e.action());
        assertEquals(ID, e.id());
        e.seal(3, SEALED, AuditEntry.GENESIS_HASH);
        assertTrue(e.sealed());
        assertEquals(3, e.seq());
        assertEquals(SEALED, e.sealedAt());
        assertEquals(AuditEntry.GENESIS_HASH, e.prevHash());
        assertEquals(e.computeHash(), e.entryHash());
    }

    @Test
    void everyChainedFieldChangesTheHash() {
        String base = sealed(RECORD, ACTOR).entryHash();
        String[] fields = {"chainSeq", "id", "occurredAt", "actorId", "roles", "memberStates", "providerId", "action",
                "objectType", "objectId", "purpose", "outcome", "sealedAt", "prevHash"};
        Object[] values = {8L, UUID.randomUUID(), AT.plusNanos(1000), UUID.randomUUID(), "x", "DE", UUID.randomUUID(), "X",
                "Y", "z", "other", AuditOutcome.REFUSED, SEALED.plusNanos(1000), "b".repeat(64)};
        for (int i = 0; i < fields.length; i++) {
            AuditEvent e = sealed(RECORD, ACTOR);
            ChainWalkerTest.set(AuditEvent.class, e, fields[i], values[i]);
            assertNotEquals(base, e.computeHash(), fields[i]);
        }
    }

    @Test
    void longTextsAreCutToTheirColumnsAndMissingOnesStoredEmpty() {
        AuditRecord sparse = new AuditRecord("a", null, null, null, "A".repeat(150), "T".repeat(150), "o".repeat(150),
                "p".repeat(600), AuditOutcome.SUCCESS);
        AuditEvent e = AuditEvent.of(sparse, ACTOR, AT);
        assertEquals("", ChainWalkerTest.get(AuditEvent.class, e, "roles"));
        assertEquals("", ChainWalkerTest.get(AuditEvent.class, e, "memberStates"));
        assertEquals(100, e.action().length());
        assertEquals(100, ((String) ChainWalkerTest.get(AuditEvent.class, e, "objectType")).length());
        assertEquals(100, ((String) ChainWalkerTest.get(AuditEvent.class, e, "objectId")).length());
        assertEquals(500, ((String) ChainWalkerTest.get(AuditEvent.class, e, "purpose")).length());
        assertNotEquals(AuditEvent.of(sparse, ACTOR, AT).id(), e.id(), "a fresh id per event");
    }
}

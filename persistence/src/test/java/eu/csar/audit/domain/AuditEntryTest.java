package eu.csar.audit.domain;

import eu.csar.audit.api.AuditOutcome;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The seal of one audit entry. Entries are built with fixed ids here, so that two entries differ
 * only in what a test varies and a hash can be compared with one computed independently.
 */
class AuditEntryTest {

    static final UUID ID = UUID.fromString("00000000-0000-4000-8000-000000000001");
    static final UUID PROVIDER = UUID.fromString("7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b01");
    static final Instant AT = Instant.parse("2026-03-01T10:00:00.123456Z");
    static final AuditRecord RECORD = new AuditRecord("admin", "centre-admin", "NL", PROVIDER, "PROVIDER_READ",
            "Provider", PROVIDER.toString(), "registry administration", AuditOutcome.SUCCESS);

    static AuditEntry seal(AuditRecord record, String prevHash) {
        return AuditEntry.seal(7, ID, record, AT, prevHash);
    }

    /** The canonical input written out by hand: the format the verifier of any later version must reproduce. */
    @Test
    void theHashIsTheSha256OfTheLengthPrefixedFieldsInTheirFixedOrder() throws Exception {
        String prev = "a".repeat(64);
        String canonical = "1:7|" + "36:" + ID + "|" + "27:2026-03-01T10:00:00.123456Z|" + "5:admin|" + "12:centre-admin|"
                + "2:NL|" + "36:" + PROVIDER + "|" + "13:PROVIDER_READ|" + "8:Provider|" + "36:" + PROVIDER + "|"
                + "23:registry administration|" + "7:SUCCESS|" + "64:" + prev + "|";
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(canonical.getBytes(StandardCharsets.UTF_8)));

        AuditEntry entry = seal(RECORD, prev);

        assertEquals(expected, entry.entryHash());
        assertEquals(expected, entry.computeHash());
    }

    @Test
    void nullFieldsAreWrittenAsEmptyValues() throws Exception {
        AuditRecord anonymous = new AuditRecord("system", "system", "", null, "X", "T", null, "p", AuditOutcome.REFUSED);
        String canonical = "1:7|36:" + ID + "|27:2026-03-01T10:00:00.123456Z|6:system|6:system|0:|0:|1:X|1:T|0:|1:p|7:REFUSED|64:"
                + AuditEntry.GENESIS_HASH + "|";
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, seal(anonymous, AuditEntry.GENESIS_HASH).entryHash());
    }

    @Test
    void timeIsKeptToTheMicrosecondAsPostgresqlStoresIt() {
        AuditEntry entry = AuditEntry.seal(1, ID, RECORD, Instant.parse("2026-03-01T10:00:00.123456789Z"), AuditEntry.GENESIS_HASH);
        assertEquals(Instant.parse("2026-03-01T10:00:00.123456Z"), entry.occurredAt());
        assertEquals(entry.entryHash(), entry.computeHash(), "the truncated time is what is hashed");
    }

    @Test
    void theHashDependsOnThePredecessor() {
        assertNotEquals(seal(RECORD, AuditEntry.GENESIS_HASH).entryHash(), seal(RECORD, "1".repeat(64)).entryHash());
    }

    @Test
    void fieldBoundariesCannotBeShiftedToForgeTheSameHash() {
        AuditRecord ab = new AuditRecord("ab", "c", "", null, "X", "T", null, "p", AuditOutcome.SUCCESS);
        AuditRecord a = new AuditRecord("a", "bc", "", null, "X", "T", null, "p", AuditOutcome.SUCCESS);
        assertNotEquals(seal(ab, AuditEntry.GENESIS_HASH).entryHash(), seal(a, AuditEntry.GENESIS_HASH).entryHash(),
                "\"ab\"+\"c\" and \"a\"+\"bc\" concatenate alike; only the length prefixes tell them apart");
    }

    @Test
    void anEmptyValueAndAMissingValueHashAlikeButDifferFromAnyText() {
        AuditRecord empty = new AuditRecord("a", "r", "", null, "X", "T", "", "p", AuditOutcome.SUCCESS);
        AuditRecord missing = new AuditRecord("a", "r", "", null, "X", "T", null, "p", AuditOutcome.SUCCESS);
        AuditRecord text = new AuditRecord("a", "r", "", null, "X", "T", "0", "p", AuditOutcome.SUCCESS);
        assertEquals(seal(empty, AuditEntry.GENESIS_HASH).entryHash(), seal(missing, AuditEntry.GENESIS_HASH).entryHash());
        assertNotEquals(seal(empty, AuditEntry.GENESIS_HASH).entryHash(), seal(text, AuditEntry.GENESIS_HASH).entryHash());
    }

    @Test
    void overlongValuesAreCutToTheirColumnsBeforeSealing() {
        AuditRecord longActor = new AuditRecord("x".repeat(300), "r", "", null, "X", "T", null, "p", AuditOutcome.SUCCESS);
        AuditEntry entry = seal(longActor, AuditEntry.GENESIS_HASH);
        assertEquals(200, entry.actor().length());
        assertEquals(entry.entryHash(), entry.computeHash(), "what is stored is what was hashed");
    }

    @Test
    void everyStoredFieldIsCoveredByTheHash() {
        AuditEntry base = seal(RECORD, AuditEntry.GENESIS_HASH);
        AuditRecord[] variants = {
                new AuditRecord("admin2", "centre-admin", "NL", PROVIDER, "PROVIDER_READ", "Provider", PROVIDER.toString(), "registry administration", AuditOutcome.SUCCESS),
                new AuditRecord("admin", "centre-auditor", "NL", PROVIDER, "PROVIDER_READ", "Provider", PROVIDER.toString(), "registry administration", AuditOutcome.SUCCESS),
                new AuditRecord("admin", "centre-admin", "DE", PROVIDER, "PROVIDER_READ", "Provider", PROVIDER.toString(), "registry administration", AuditOutcome.SUCCESS),
                new AuditRecord("admin", "centre-admin", "NL", null, "PROVIDER_READ", "Provider", PROVIDER.toString(), "registry administration", AuditOutcome.SUCCESS),
                new AuditRecord("admin", "centre-admin", "NL", PROVIDER, "PROVIDER_AMENDED", "Provider", PROVIDER.toString(), "registry administration", AuditOutcome.SUCCESS),
                new AuditRecord("admin", "centre-admin", "NL", PROVIDER, "PROVIDER_READ", "Notification", PROVIDER.toString(), "registry administration", AuditOutcome.SUCCESS),
                new AuditRecord("admin", "centre-admin", "NL", PROVIDER, "PROVIDER_READ", "Provider", "other", "registry administration", AuditOutcome.SUCCESS),
                new AuditRecord("admin", "centre-admin", "NL", PROVIDER, "PROVIDER_READ", "Provider", PROVIDER.toString(), "other purpose", AuditOutcome.SUCCESS),
                new AuditRecord("admin", "centre-admin", "NL", PROVIDER, "PROVIDER_READ", "Provider", PROVIDER.toString(), "registry administration", AuditOutcome.NOT_FOUND),
        };
        for (AuditRecord variant : variants) {
            assertNotEquals(base.entryHash(), seal(variant, AuditEntry.GENESIS_HASH).entryHash(), variant.toString());
        }
        assertNotEquals(base.entryHash(), AuditEntry.seal(8, ID, RECORD, AT, AuditEntry.GENESIS_HASH).entryHash(), "seq");
        assertNotEquals(base.entryHash(), AuditEntry.seal(7, UUID.randomUUID(), RECORD, AT, AuditEntry.GENESIS_HASH).entryHash(), "id");
        assertNotEquals(base.entryHash(), AuditEntry.seal(7, ID, RECORD, AT.plusNanos(1000), AuditEntry.GENESIS_HASH).entryHash(), "time");
    }

    @Test
    void aSealedEntryReadsBackEveryFieldAsRecorded() {
        String prev = "b".repeat(64);
        AuditEntry entry = seal(RECORD, prev);
        assertEquals(7, entry.seq());
        assertEquals(ID, entry.id());
        assertEquals(AT, entry.occurredAt());
        assertEquals("admin", entry.actor());
        assertEquals("centre-admin", entry.roles());
        assertEquals("NL", entry.memberStates());
        assertEquals(PROVIDER, entry.providerId());
        assertEquals("PROVIDER_READ", entry.action());
        assertEquals("Provider", entry.objectType());
        assertEquals(PROVIDER.toString(), entry.objectId());
        assertEquals("registry administration", entry.purpose());
        assertEquals(AuditOutcome.SUCCESS, entry.outcome());
        assertEquals(prev, entry.prevHash());
    }

    @Test
    void missingTextIsStoredAsEmptyAndAMissingProviderStaysMissing() {
        AuditRecord sparse = new AuditRecord(null, null, null, null, null, null, null, null, AuditOutcome.REFUSED);
        AuditEntry entry = seal(sparse, AuditEntry.GENESIS_HASH);
        for (String text : new String[]{entry.actor(), entry.roles(), entry.memberStates(), entry.action(),
                entry.objectType(), entry.objectId(), entry.purpose()}) {
            assertEquals("", text);
        }
        assertNull(entry.providerId());
    }

    @Test
    void eachValueIsCutToTheWidthOfItsColumnAndAValueThatFitsIsKeptWhole() {
        AuditRecord overlong = new AuditRecord("a".repeat(201), "r".repeat(501), "m".repeat(101), null,
                "x".repeat(101), "t".repeat(101), "o".repeat(101), "p".repeat(501), AuditOutcome.SUCCESS);
        AuditEntry cut = seal(overlong, AuditEntry.GENESIS_HASH);
        assertEquals("a".repeat(200), cut.actor());
        assertEquals("r".repeat(500), cut.roles());
        assertEquals("m".repeat(100), cut.memberStates());
        assertEquals("x".repeat(100), cut.action());
        assertEquals("t".repeat(100), cut.objectType());
        assertEquals("o".repeat(100), cut.objectId());
        assertEquals("p".repeat(500), cut.purpose());

        AuditRecord exact = new AuditRecord("a".repeat(200), "r".repeat(500), "m".repeat(100), null,
                "x".repeat(100), "t".repeat(100), "o".repeat(100), "p".repeat(500), AuditOutcome.SUCCESS);
        AuditEntry whole = seal(exact, AuditEntry.GENESIS_HASH);
        assertEquals(cut.entryHash(), whole.entryHash(), "what was cut is sealed like a value that fits");
        assertEquals("a".repeat(200), whole.actor());
        assertEquals("p".repeat(500), whole.purpose());
    }

    @Test
    void everySealedEntryGetsItsOwnId() {
        AuditEntry first = AuditEntry.seal(1, RECORD, AT, AuditEntry.GENESIS_HASH);
        AuditEntry second = AuditEntry.seal(1, RECORD, AT, AuditEntry.GENESIS_HASH);
        assertNotEquals(first.id(), second.id());
        assertNotEquals(first.entryHash(), second.entryHash(), "the id is sealed too");
        assertEquals(first.entryHash(), first.computeHash());
    }
}

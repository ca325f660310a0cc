package eu.csar.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class AuditEntryTest {

    static final AuditRecord RECORD = new AuditRecord("admin", "centre-admin", "", null, "PROVIDER_READ",
            "Provider", UUID.randomUUID().toString(), "registry administration", AuditOutcome.SUCCESS);

    @Test
    void theSealedHashIsReproducibleFromTheStoredFields() {
        AuditEntry entry = AuditEntry.seal(1, RECORD, Instant.parse("2026-03-01T10:00:00.123456789Z"), AuditEntry.GENESIS_HASH);
        assertEquals(entry.entryHash(), entry.computeHash());
        assertEquals(64, entry.entryHash().length());
    }

    @Test
    void timeIsKeptToTheMicrosecondAsPostgresqlStoresIt() {
        AuditEntry entry = AuditEntry.seal(1, RECORD, Instant.parse("2026-03-01T10:00:00.123456789Z"), AuditEntry.GENESIS_HASH);
        assertEquals(Instant.parse("2026-03-01T10:00:00.123456Z"), entry.occurredAt());
    }

    @Test
    void theHashDependsOnThePredecessor() {
        Instant at = Instant.parse("2026-03-01T10:00:00Z");
        AuditEntry a = AuditEntry.seal(2, RECORD, at, AuditEntry.GENESIS_HASH);
        AuditEntry b = AuditEntry.seal(2, RECORD, at, "1".repeat(64));
        assertNotEquals(a.entryHash(), b.entryHash());
    }

    @Test
    void fieldBoundariesCannotBeShiftedToForgeTheSameHash() {
        Instant at = Instant.parse("2026-03-01T10:00:00Z");
        AuditRecord ab = new AuditRecord("ab", "c", "", null, "X", "T", null, "p", AuditOutcome.SUCCESS);
        AuditRecord a = new AuditRecord("a", "bc", "", null, "X", "T", null, "p", AuditOutcome.SUCCESS);
        assertNotEquals(AuditEntry.seal(1, ab, at, AuditEntry.GENESIS_HASH).computeHash(),
                forgeSameId(AuditEntry.seal(1, a, at, AuditEntry.GENESIS_HASH), AuditEntry.seal(1, ab, at, AuditEntry.GENESIS_HASH)).computeHash());
    }

    /** Gives {@code target} the id of {@code model} so that only the shifted field boundary differs. */
    private static AuditEntry forgeSameId(AuditEntry target, AuditEntry model) {
        try {
            var id = AuditEntry.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(target, model.id());
            return target;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}

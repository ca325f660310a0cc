package eu.csar.audit.domain;

import eu.csar.audit.api.AuditOutcome;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The page window of a trail search: at most 1000 entries from a position that is not negative. */
class AuditSearchTest {

    static AuditSearch window(int first, int pageSize) {
        return new AuditSearch(null, null, null, null, null, null, null, first, pageSize);
    }

    @Test
    void theWindowMayStartAtTheFirstEntryAndHoldOneToAThousandEntries() {
        assertDoesNotThrow(() -> window(0, 1));
        assertDoesNotThrow(() -> window(0, 1000));
        assertDoesNotThrow(() -> window(5000, 50));
    }

    @Test
    void aNegativeStartIsRefusedNamingTheWindow() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> window(-1, 50));
        assertEquals("page window out of range: first=-1 size=50", refused.getMessage());
    }

    @Test
    void anEmptyOrNegativePageIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> window(0, 0));
        assertThrows(IllegalArgumentException.class, () -> window(0, -1));
    }

    @Test
    void aPageOfMoreThanAThousandEntriesIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> window(0, 1001));
        assertEquals("page window out of range: first=0 size=1001", refused.getMessage());
    }

    @Test
    void theFiltersAreKeptAsGiven() {
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        Instant to = Instant.parse("2026-02-01T00:00:00Z");
        AuditSearch search = new AuditSearch("admin", "PROVIDER_READ", "Provider", "42", AuditOutcome.REFUSED, from, to, 20, 10);
        assertEquals("admin", search.actor());
        assertEquals("PROVIDER_READ", search.action());
        assertEquals("Provider", search.objectType());
        assertEquals("42", search.objectId());
        assertEquals(AuditOutcome.REFUSED, search.outcome());
        assertEquals(from, search.from());
        assertEquals(to, search.to());
        assertEquals(20, search.first());
        assertEquals(10, search.pageSize());
    }

    @Test
    void aSearchShowsEveryonesReadsUnlessAskedToHideOnesOwn() {
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        AuditSearch search = new AuditSearch("admin", "PROVIDER_READ", "Provider", "42", AuditOutcome.SUCCESS, from, null, 25, 50);
        assertNull(search.hideTrailReadsOf());
        AuditSearch hiding = search.hidingTrailReadsOf("auditor");
        assertEquals("auditor", hiding.hideTrailReadsOf());
        assertEquals(new AuditSearch("admin", "PROVIDER_READ", "Provider", "42", AuditOutcome.SUCCESS, from, null, 25, 50, "auditor"),
                hiding);
    }

    @Test
    void hidingOwnReadsKeepsThePageWindowChecked() {
        assertThrows(IllegalArgumentException.class, () -> window(-1, 10).hidingTrailReadsOf("auditor"));
        assertThrows(IllegalArgumentException.class,
                () -> new AuditSearch(null, null, null, null, null, null, null, 0, 1001, "auditor"));
    }
}

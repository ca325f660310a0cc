package eu.csar.indicators.application;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Random;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportSqlTest {

    /** What the publication's SQL appends: the row's number in insertion order, 12 hex digits. */
    static UUID id(String prefix, long row) {
        return UUID.fromString((prefix + String.format("%012x", row)).replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5"));
    }

    @Test
    void theIdsOfAPublicationAreVersion7UuidsWithTheTimeFirstAndTheRowLast() {
        Instant now = Instant.parse("2026-12-02T04:00:00.123Z");
        String prefix = ImportSql.idPrefix(now, new Random(1));
        assertEquals(20, prefix.length(), prefix);
        UUID first = id(prefix, 1);
        assertEquals(7, first.version());
        assertEquals(2, first.variant(), "the IETF variant");
        assertEquals(now.toEpochMilli(), first.getMostSignificantBits() >>> 16, "48 bits of Unix milliseconds");
        assertEquals(1, first.getLeastSignificantBits() & 0xFFFF_FFFF_FFFFL);
    }

    @Test
    void rowsAndLaterPublicationsSortAfterEarlierOnesSoTheyLandAtTheEndOfAnIndex() {
        Instant now = Instant.parse("2026-12-02T04:00:00Z");
        String prefix = ImportSql.idPrefix(now, new Random(2));
        // PostgreSQL orders UUIDs by their bytes, as unsigned: compare the hex text
        assertTrue(id(prefix, 1).toString().compareTo(id(prefix, 2).toString()) < 0);
        assertTrue(id(prefix, 2).toString().compareTo(id(prefix, 1_000_000).toString()) < 0);
        String later = ImportSql.idPrefix(now.plusMillis(1), new Random(3));
        assertTrue(id(prefix, 1_000_000).toString().compareTo(id(later, 1).toString()) < 0);
    }

    @Test
    void twoStatementsOfOnePublicationGetDifferentPrefixes() {
        Instant now = Instant.parse("2026-12-02T04:00:00Z");
        Random random = new Random(4);
        assertNotEquals(ImportSql.idPrefix(now, random), ImportSql.idPrefix(now, random));
    }
}

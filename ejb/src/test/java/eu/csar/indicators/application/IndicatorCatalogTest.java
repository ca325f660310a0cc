package eu.csar.indicators.application;

import eu.csar.indicators.api.IndicatorKind;
import eu.csar.indicators.api.IndicatorSetId;
import eu.csar.indicators.api.IndicatorState;
import eu.csar.indicators.api.ProvenanceSource;
import eu.csar.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search's own arithmetic: PDQ hex to bits, Hamming distance, hash checks; and the views' derived values. */
class IndicatorCatalogTest {

    @Test
    void pdqHexIsFourUnsignedLongs() {
        String hex = "ffffffffffffffff" + "0000000000000001" + "8000000000000000" + "0123456789abcdef";
        assertArrayEquals(new long[] {-1L, 1L, Long.MIN_VALUE, 0x0123456789abcdefL}, IndicatorCatalog.pdqBits(hex));
    }

    @Test
    void distanceCountsDifferingBitsOverAll256() {
        long[] zero = IndicatorCatalog.pdqBits("0".repeat(64));
        assertEquals(0, IndicatorCatalog.distance(zero, zero));
        assertEquals(256, IndicatorCatalog.distance(zero, IndicatorCatalog.pdqBits("f".repeat(64))));
        assertEquals(1, IndicatorCatalog.distance(zero, IndicatorCatalog.pdqBits("0".repeat(63) + "1")));
        assertEquals(1, IndicatorCatalog.distance(zero, IndicatorCatalog.pdqBits("8" + "0".repeat(63))));
        assertEquals(4, IndicatorCatalog.distance(zero, IndicatorCatalog.pdqBits("1".repeat(1) + "0".repeat(15)
                + "1" + "0".repeat(15) + "1" + "0".repeat(15) + "1" + "0".repeat(15))));
    }

    @Test
    void hashesAreCheckedAndLowerCased() {
        assertEquals("ab".repeat(16), IndicatorCatalog.hex(" AB".substring(1).repeat(16) + " ", 32, IndicatorKind.MD5));
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> IndicatorCatalog.hex("ab", 32, IndicatorKind.MD5));
        assertEquals("A MD5 hash is 32 hexadecimal digits", refused.getMessage());
        assertEquals("value", refused.field());
    }

    @Test
    void aSetCountsEveryState() {
        SetOverview set = new SetOverview(IndicatorSetId.random(), "known-images", null, Set.of(IndicatorKind.PDQ),
                null, Map.of(IndicatorState.ACTIVE, 3L, IndicatorState.RETIRED, 2L));
        assertEquals(5, set.total());
    }

    @Test
    void aLinkIsWithdrawnWhenItHasAWithdrawalDate() {
        ProvenanceView live = new ProvenanceView(null, null, ProvenanceSource.AUTHORITY_DECISION, null, null, null,
                null, "csar-hash", "1", null, false, Instant.EPOCH, null, null);
        ProvenanceView gone = new ProvenanceView(null, null, ProvenanceSource.AUTHORITY_DECISION, null, null, null,
                null, "csar-hash", "1", null, false, Instant.EPOCH, Instant.EPOCH, "rejected");
        assertFalse(live.withdrawn());
        assertTrue(gone.withdrawn());
    }
}

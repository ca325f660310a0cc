package eu.csar.indicators.domain;

import eu.csar.indicators.api.GrantAccess;
import eu.csar.indicators.api.GrantBasis;
import eu.csar.indicators.api.IndicatorSetId;
import eu.csar.shared.domain.ProviderId;
import eu.csar.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndicatorGrantTest {

    static final Instant FROM = Instant.parse("2026-12-01T00:00:00Z");
    static final Instant UNTIL = Instant.parse("2027-01-01T00:00:00Z");
    static final ProviderId PROVIDER = ProviderId.random();
    static final IndicatorSetId SET = IndicatorSetId.random();

    static IndicatorGrant grant(GrantBasis basis, String reference) {
        return new IndicatorGrant(PROVIDER, SET, FROM, UNTIL, basis, reference, " matching uploads ", GrantAccess.MATCH,
                "admin", FROM.minusSeconds(60));
    }

    @Test
    void liveFromItsStartInclusiveUntilItsEndExclusive() {
        IndicatorGrant g = grant(GrantBasis.VOLUNTARY_DETECTION, null);
        assertFalse(g.liveAt(FROM.minusNanos(1000)));
        assertTrue(g.liveAt(FROM));
        assertTrue(g.liveAt(UNTIL.minusSeconds(1)));
        assertFalse(g.liveAt(UNTIL), "an expired grant stops access at its end by itself");
        assertFalse(g.liveAt(UNTIL.plusSeconds(1)));
    }

    @Test
    void aRevokedGrantIsNotLiveAndCannotBeRevokedAgain() {
        IndicatorGrant g = grant(GrantBasis.VOLUNTARY_DETECTION, null);
        g.revoke(FROM.plusSeconds(10), " no longer needed ");
        assertFalse(g.liveAt(FROM.plusSeconds(5)), "revoked is revoked, whatever the time");
        assertEquals(FROM.plusSeconds(10), g.revokedAt().orElseThrow());
        assertEquals("no longer needed", g.revokedReason().orElseThrow());
        RuleViolationException again = assertThrows(RuleViolationException.class, () -> g.revoke(FROM.plusSeconds(20), null));
        assertEquals(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, again.code());
    }

    @Test
    void aRevocationWithoutReasonKeepsNone() {
        IndicatorGrant g = grant(GrantBasis.VOLUNTARY_DETECTION, null);
        g.revoke(FROM, "  ");
        assertTrue(g.revokedReason().isEmpty());
    }

    @Test
    void aDetectionOrderNeedsItsReference() {
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> grant(GrantBasis.DETECTION_ORDER, " "));
        assertEquals("orderReference", e.field());
        assertEquals(RuleViolationException.Code.INVALID, e.code());
        assertEquals("DO-1", grant(GrantBasis.DETECTION_ORDER, " DO-1 ").orderReference().orElseThrow());
        assertTrue(grant(GrantBasis.VOLUNTARY_DETECTION, "").orderReference().isEmpty());
    }

    @Test
    void thePeriodMustEndAfterItStarts() {
        assertEquals("validUntil", assertThrows(RuleViolationException.class, () -> new IndicatorGrant(PROVIDER, SET, FROM, FROM,
                GrantBasis.VOLUNTARY_DETECTION, null, "p", GrantAccess.MATCH, "a", FROM)).field());
        assertThrows(RuleViolationException.class, () -> new IndicatorGrant(PROVIDER, SET, null, UNTIL,
                GrantBasis.VOLUNTARY_DETECTION, null, "p", GrantAccess.MATCH, "a", FROM));
        assertThrows(RuleViolationException.class, () -> new IndicatorGrant(PROVIDER, SET, FROM, null,
                GrantBasis.VOLUNTARY_DETECTION, null, "p", GrantAccess.MATCH, "a", FROM));
    }

    @Test
    void aPurposeIsRequired() {
        assertEquals("purpose", assertThrows(RuleViolationException.class, () -> new IndicatorGrant(PROVIDER, SET, FROM, UNTIL,
                GrantBasis.VOLUNTARY_DETECTION, null, " ", GrantAccess.MATCH, "a", FROM)).field());
        assertThrows(RuleViolationException.class, () -> new IndicatorGrant(PROVIDER, SET, FROM, UNTIL,
                GrantBasis.VOLUNTARY_DETECTION, null, null, GrantAccess.MATCH, "a", FROM));
    }

    @Test
    void keepsWhatItWasGiven() {
        IndicatorGrant g = grant(GrantBasis.DETECTION_ORDER, "DO-7");
        assertNotNull(g.id());
        assertEquals(PROVIDER, g.providerId());
        assertEquals(SET, g.setId());
        assertEquals(FROM, g.validFrom());
        assertEquals(UNTIL, g.validUntil());
        assertEquals(GrantBasis.DETECTION_ORDER, g.legalBasis());
        assertEquals("matching uploads", g.purpose());
        assertEquals(GrantAccess.MATCH, g.access());
        assertEquals("admin", g.createdBy());
        assertEquals(FROM.minusSeconds(60), g.createdAt());
        assertTrue(g.revokedAt().isEmpty());
    }

    @Test
    void timesAreKeptToTheMicrosecondAsPostgresqlStoresThem() {
        Instant from = Instant.parse("2026-12-01T00:00:00.123456789Z");
        IndicatorGrant g = new IndicatorGrant(PROVIDER, SET, from, UNTIL, GrantBasis.VOLUNTARY_DETECTION, null, "p",
                GrantAccess.DOWNLOAD, "a", from);
        assertEquals(Instant.parse("2026-12-01T00:00:00.123456Z"), g.validFrom());
        assertEquals(Instant.parse("2026-12-01T00:00:00.123456Z"), g.createdAt());
    }

    @Test
    void actionsNameTheirObjects() {
        for (GrantAction action : GrantAction.values()) {
            assertEquals("IndicatorGrant", action.objectType());
        }
        assertEquals("IndicatorMatch", MatchAction.INDICATOR_BATCH_MATCHED.objectType());
        assertEquals("Indicator", MatchAction.INDICATOR_FLAGGED_FALSE_POSITIVE.objectType());
        assertEquals("Indicator", MatchAction.INDICATOR_FLOOD_QUARANTINED.objectType());
        assertEquals("Indicator", MatchAction.INDICATOR_FLAGS_READ.objectType());
    }

    @Test
    void refusesMissingParts() {
        assertThrows(NullPointerException.class, () -> new IndicatorGrant(null, SET, FROM, UNTIL,
                GrantBasis.VOLUNTARY_DETECTION, null, "p", GrantAccess.MATCH, "a", FROM));
        assertThrows(NullPointerException.class, () -> new IndicatorGrant(PROVIDER, null, FROM, UNTIL,
                GrantBasis.VOLUNTARY_DETECTION, null, "p", GrantAccess.MATCH, "a", FROM));
        assertThrows(NullPointerException.class, () -> new IndicatorGrant(PROVIDER, SET, FROM, UNTIL,
                null, null, "p", GrantAccess.MATCH, "a", FROM));
        assertThrows(NullPointerException.class, () -> new IndicatorGrant(PROVIDER, SET, FROM, UNTIL,
                GrantBasis.VOLUNTARY_DETECTION, null, "p", null, "a", FROM));
    }

    @Test
    void endAndRevocationAreKeptToTheMicrosecondToo() {
        Instant until = Instant.parse("2027-01-01T00:00:00.999999999Z");
        IndicatorGrant g = new IndicatorGrant(PROVIDER, SET, FROM, until, GrantBasis.VOLUNTARY_DETECTION, null, "p",
                GrantAccess.DOWNLOAD, "a", FROM);
        assertEquals(Instant.parse("2027-01-01T00:00:00.999999Z"), g.validUntil());
        g.revoke(Instant.parse("2026-12-02T00:00:00.000000999Z"), null);
        assertEquals(Instant.parse("2026-12-02T00:00:00Z"), g.revokedAt().orElseThrow());
    }
}

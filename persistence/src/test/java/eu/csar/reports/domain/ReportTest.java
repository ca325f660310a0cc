package eu.csar.reports.domain;

import eu.csar.reports.api.EvidenceKind;
import eu.csar.reports.api.ReportId;
import eu.csar.reports.api.ReportState;
import eu.csar.reports.api.ReportType;
import eu.csar.shared.domain.ProviderId;
import eu.csar.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static eu.csar.reports.domain.ReportFixtures.MD5;
import static eu.csar.reports.domain.ReportFixtures.PDQ;
import static eu.csar.reports.domain.ReportFixtures.SHA256;
import static eu.csar.reports.domain.ReportFixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A report as the provider opens, fills, finishes and retracts it: what it keeps, and what it refuses. */
class ReportTest {

    @Test
    void openingKeepsTheArt13ContentTrimmedAndStartsTheHistory() {
        Report r = ReportFixtures.open();
        assertEquals(ReportFixtures.ID, r.id());
        assertEquals(ReportFixtures.PROVIDER, r.providerId());
        assertEquals(ReportState.OPEN, r.state());
        assertEquals(ReportType.KNOWN, r.type());
        assertEquals(Instant.parse("2026-12-03T08:59:30.123456Z"), r.timestamp(), "kept to the microsecond, as the database does");
        assertEquals("upload-4711", r.contentReference());
        assertEquals("Synthetic test report; no material.", r.otherData());
        assertEquals(new ReportLocation("192.0.2.10", 443, Instant.parse("2026-12-03T08:00:00Z"), "NL"), r.location());
        assertEquals(List.of("user-abc", "user-def"), r.userIdentifiers());
        assertTrue(r.reportedToThirdCountry());
        assertEquals("NCMEC-TEST-1", r.thirdCountryReference());
        assertTrue(r.removedOrDisabled());
        assertFalse(r.urgent());
        assertEquals("Art 12(1) COM(2022) 209", r.legalBasis());
        assertEquals("alpha-client", r.openedBy());
        assertEquals(ReportFixtures.PROFILE, r.legalProfile(), "the profile version it was opened under, for its whole life");
        assertEquals(T0, r.openedAt());
        assertEquals(T0, r.stateChangedAt());
        assertNull(r.finishedAt());
        assertNull(r.retractedAt());
        assertNull(r.signature());
        assertEquals(List.of(), r.evidence());
        assertEquals(Set.of(ReportEvent.FINISH, ReportEvent.RETRACT), r.possibleEvents());
        ReportStatusChange first = r.history().get(0);
        assertEquals(1, r.history().size());
        assertTrue(first.fromState().isEmpty());
        assertEquals("OPEN", first.event());
        assertEquals(ReportState.OPEN, first.toState());
        assertEquals("Art 12(1)", first.legalBasis());
        assertEquals("alpha-client", first.actor());
        assertNull(first.reason());
    }

    @Test
    void optionalPartsMayBeLeftOut() {
        ReportContent bare = new ReportContent(ReportType.GROOMING, T0, "  ", null, null, null, false, " ", false, true, "Art 12(1)");
        Report r = Report.open(ReportFixtures.ID, ReportFixtures.PROFILE, ReportFixtures.PROVIDER, bare, "alpha-client", T0);
        assertNull(r.contentReference());
        assertNull(r.otherData());
        assertNull(r.location());
        assertEquals(List.of(), r.userIdentifiers());
        assertNull(r.thirdCountryReference());
        assertFalse(r.reportedToThirdCountry());
        assertFalse(r.removedOrDisabled());
        assertTrue(r.urgent());
    }

    @Test
    void aLocationWithTheAddressAloneKeepsNothingElse() {
        ReportContent c = withLocation(new ReportLocation("2001:DB8::1", null, null, null));
        Report r = Report.open(ReportFixtures.ID, ReportFixtures.PROFILE, ReportFixtures.PROVIDER, c, "alpha-client", T0);
        assertEquals(new ReportLocation("2001:db8:0:0:0:0:0:1", null, null, null), r.location(), "one spelling of an IPv6 address");
    }

    @Test
    void anAddressThatIsNotAnIpLiteralIsRefusedNamingTheField() {
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> Report.open(ReportFixtures.ID,
                ReportFixtures.PROFILE, ReportFixtures.PROVIDER, withLocation(new ReportLocation("300.1.1.1", 1, null, null)), "a", T0));
        assertEquals("location.ipAddress", refused.field());
        assertEquals(RuleViolationException.Code.INVALID, refused.code());
    }

    @Test
    void aThirdCountryReferenceWithoutTheFlagIsRefused() {
        ReportContent c = new ReportContent(ReportType.NEW, T0, null, null, null, List.of(), false, "NCMEC-1", false, false, "Art 12(1)");
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> Report.open(ReportFixtures.ID, ReportFixtures.PROFILE, ReportFixtures.PROVIDER, c, "a", T0));
        assertEquals("thirdCountryReference", refused.field());
        assertFalse(c.isThirdCountryConsistent());
    }

    @Test
    void evidenceIsNumberedInOrderAndStoredInLowerCaseWithoutVaultItem() {
        Report r = ReportFixtures.open();
        List<EvidenceItem> added = r.attach(ReportFixtures.items(), T0.plusSeconds(5));
        assertEquals(3, added.size());
        assertEquals(List.of(1, 2, 3), r.evidence().stream().map(EvidenceItem::position).toList());
        assertEquals(List.of(PDQ, MD5, SHA256), r.evidence().stream().map(EvidenceItem::value).toList());
        EvidenceItem pdq = r.evidence().get(0);
        assertEquals(EvidenceKind.PDQ, pdq.kind());
        assertEquals(90, pdq.quality());
        assertNull(r.evidence().get(1).quality());
        assertNull(pdq.vaultItemId());
        assertEquals(T0.plusSeconds(5), pdq.attachedAt());
        r.attach(List.of(new EvidenceInput(EvidenceKind.MD5, MD5, null)), T0.plusSeconds(6));
        assertEquals(4, r.evidence().get(3).position(), "numbered after those already attached");
        assertTrue(pdq.id() != null && !pdq.id().equals(r.evidence().get(1).id()));
    }

    @Test
    void aMalformedItemIsRefusedWithTheIndicatorReasonAndNothingIsAttached() {
        Report r = ReportFixtures.open();
        List<EvidenceInput> items = List.of(new EvidenceInput(EvidenceKind.MD5, MD5, null),
                new EvidenceInput(EvidenceKind.PDQ, PDQ, 49));
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> r.attach(items, T0));
        assertEquals("items[1]", refused.field());
        assertEquals("PDQ quality 49 is below 50", refused.getMessage());
        refused = assertThrows(RuleViolationException.class,
                () -> r.attach(List.of(new EvidenceInput(EvidenceKind.SHA256, MD5, null)), T0));
        assertEquals("malformed SHA256 hash: expected 64 hexadecimal digits", refused.getMessage());
    }

    @Test
    void noItemsOrTooManyAreRefused() {
        Report r = ReportFixtures.open();
        assertEquals("items", assertThrows(RuleViolationException.class, () -> r.attach(List.of(), T0)).field());
        List<EvidenceInput> many = new ArrayList<>();
        for (int i = 0; i < Report.MAX_EVIDENCE; i++) {
            many.add(new EvidenceInput(EvidenceKind.MD5, MD5, null));
        }
        r.attach(many, T0);
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> r.attach(List.of(new EvidenceInput(EvidenceKind.MD5, MD5, null)), T0));
        assertEquals("a report holds at most 1000 evidence items", refused.getMessage());
        assertEquals(Report.MAX_EVIDENCE, r.evidence().size());
    }

    @Test
    void evidenceIsAttachedOnlyWhileOpen() {
        Report r = ReportFixtures.open();
        r.finish("h..s", "ES256", "a".repeat(64), "alpha-client", T0.plusSeconds(1));
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> r.attach(ReportFixtures.items(), T0));
        assertEquals(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, refused.code());
        assertEquals("The report is FINISHED: evidence is attached only while it is OPEN", refused.getMessage());
    }

    @Test
    void contentHeldInTheVaultIsTheNextItemAsItsSha256WithTheVaultItemTypeAndSize() {
        Report r = ReportFixtures.open();
        r.attach(List.of(new EvidenceInput(EvidenceKind.MD5, MD5, null)), T0);
        UUID vaultItem = UUID.fromString("5e1f0c3a-9b7d-4e2f-8a6c-0d1e2f3a4b5c");
        EvidenceItem content = r.attachContent(SHA256.toUpperCase(), vaultItem, "image/png", 1234, T0.plusSeconds(7));
        assertEquals(2, content.position());
        assertEquals(EvidenceKind.SHA256, content.kind());
        assertEquals(SHA256, content.value(), "lower case");
        assertNull(content.quality());
        assertEquals(vaultItem, content.vaultItemId());
        assertTrue(content.heldInVault());
        assertEquals("image/png", content.mediaType());
        assertEquals(1234L, content.size());
        assertEquals(T0.plusSeconds(7), content.attachedAt());
        assertEquals(List.of(content), r.evidence().subList(1, 2));
        EvidenceItem hash = r.evidence().get(0);
        assertFalse(hash.heldInVault());
        assertNull(hash.mediaType());
        assertNull(hash.size());
    }

    @Test
    void contentIsRefusedWhenNotOpenFullOrNotASha256() {
        Report r = ReportFixtures.open();
        UUID vaultItem = UUID.randomUUID();
        RuleViolationException malformed = assertThrows(RuleViolationException.class,
                () -> r.attachContent(MD5, vaultItem, "image/png", 1, T0));
        assertEquals("content", malformed.field());
        assertEquals("malformed SHA256 hash: expected 64 hexadecimal digits", malformed.getMessage());
        List<EvidenceInput> many = new ArrayList<>();
        for (int i = 0; i < Report.MAX_EVIDENCE; i++) {
            many.add(new EvidenceInput(EvidenceKind.MD5, MD5, null));
        }
        r.attach(many, T0);
        RuleViolationException full = assertThrows(RuleViolationException.class, () -> r.checkRoomFor(1, "content"));
        assertEquals("content", full.field());
        assertEquals("a report holds at most 1000 evidence items", full.getMessage());
        assertThrows(RuleViolationException.class, () -> r.attachContent(SHA256, vaultItem, "image/png", 1, T0));
        assertEquals(Report.MAX_EVIDENCE, r.evidence().size());

        Report finished = ReportFixtures.open();
        finished.finish("h..s", "ES256", "a".repeat(64), "alpha-client", T0.plusSeconds(1));
        RuleViolationException closed = assertThrows(RuleViolationException.class, () -> finished.checkRoomFor(1, "content"));
        assertEquals(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, closed.code());
        assertThrows(RuleViolationException.class, () -> finished.attachContent(SHA256, vaultItem, "image/png", 1, T0));
        assertTrue(finished.evidence().isEmpty());
    }

    @Test
    void finishingKeepsTheSignatureAndTheDocumentDigest() {
        Report r = ReportFixtures.open();
        r.finish("h..s", "ES256", "a".repeat(64), "alpha-client", T0.plusSeconds(1));
        assertEquals(ReportState.FINISHED, r.state());
        assertEquals("h..s", r.signature());
        assertEquals("ES256", r.signatureAlgorithm());
        assertEquals("a".repeat(64), r.signedDocumentSha256());
        assertEquals(T0.plusSeconds(1), r.finishedAt());
        assertEquals("ES256", r.history().get(1).reason());
        assertEquals(Set.of(ReportEvent.RETRACT), r.providerEvents(), "the provider may retract; the desk may claim");
        assertEquals(Set.of(ReportEvent.RETRACT, ReportEvent.CLAIM, ReportEvent.DECIDE_FORWARD_AUTOMATICALLY), r.possibleEvents(),
                "the platform may forward known material itself where the profile allows it");
    }

    @Test
    void retractingKeepsTheReasonWhenGiven() {
        Report r = ReportFixtures.open();
        r.retract("  sent twice (test)  ", "alpha-client", T0.plusSeconds(2));
        assertEquals(ReportState.RETRACTED, r.state());
        assertEquals(T0.plusSeconds(2), r.retractedAt());
        assertEquals("sent twice (test)", r.history().get(1).reason());
        Report other = ReportFixtures.open();
        other.retract(" ", "alpha-client", T0);
        assertNull(other.history().get(1).reason());
        Report third = ReportFixtures.open();
        assertEquals("reason", assertThrows(RuleViolationException.class,
                () -> third.retract("x".repeat(Report.MAX_REASON + 1), "a", T0)).field());
        assertEquals(ReportState.OPEN, third.state());
        third.retract("x".repeat(Report.MAX_REASON), "a", T0);
    }

    @Test
    void aReportBelongsToItsProviderOnly() {
        Report r = ReportFixtures.open();
        assertTrue(r.belongsTo(ReportFixtures.PROVIDER));
        assertFalse(r.belongsTo(ProviderId.random()));
        assertFalse(r.belongsTo(null));
        assertEquals(0, r.version());
        assertFalse(new ReportId(ReportFixtures.ID.value()).toString().isBlank());
    }

    static ReportContent withLocation(ReportLocation location) {
        return new ReportContent(ReportType.NEW, T0, null, null, location, List.of(), false, null, false, false, "Art 12(1)");
    }
}

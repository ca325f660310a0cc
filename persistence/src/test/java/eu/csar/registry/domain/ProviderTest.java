package eu.csar.registry.domain;

import eu.csar.registry.api.Jurisdiction;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProviderTest {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final ContactPoint CONTACT = new ContactPoint("csa@example.org", "+31 20 555 0000", List.of("nl", "en"));
    static final LegalRepresentative REP_IE = new LegalRepresentative("Rep Ltd", "1 Quay, Dublin", "rep@example.org", "+353 1 555 0000", MemberState.IE);

    static ProviderProfile profile(MemberState establishment, LegalRepresentative rep) {
        return new ProviderProfile("  Example Hosting ", Set.of(ServiceType.HOSTING),
                List.of(new OfferedService("ExampleDrive", ServiceType.HOSTING, "file hosting", Set.of(MemberState.NL))),
                establishment, rep, CONTACT, "  ");
    }

    static Provider registered(MemberState establishment) {
        return Provider.register(profile(establishment, null), "admin", T0);
    }

    @Test
    void registrationKeepsTheProfileTrimmedAndStartsActiveWithOneHistoryRow() {
        Provider provider = registered(MemberState.NL);
        assertEquals("Example Hosting", provider.legalName());
        assertEquals(EnumSet.of(ServiceType.HOSTING), provider.serviceTypes());
        assertEquals(Optional.empty(), provider.signingPublicKey(), "a blank key is no key");
        assertEquals(ProviderStatus.ACTIVE, provider.status());
        assertEquals(T0, provider.createdAt());
        assertEquals(T0, provider.updatedAt());
        List<ProviderStatusChange> history = provider.statusHistory();
        assertEquals(1, history.size());
        assertEquals(Optional.empty(), history.get(0).fromStatus());
        assertEquals(ProviderEvent.REGISTER, history.get(0).event());
        assertEquals(ProviderStatus.ACTIVE, history.get(0).toStatus());
        assertEquals("admin", history.get(0).actor());
        assertEquals(T0, history.get(0).occurredAt());
    }

    @Test
    void jurisdictionIsTheMemberStateOfMainEstablishmentEvenWithARepresentative() {
        Provider provider = Provider.register(profile(MemberState.NL, REP_IE), "admin", T0);
        assertEquals(Jurisdiction.of(Jurisdiction.Basis.MAIN_ESTABLISHMENT, MemberState.NL), provider.jurisdiction());
    }

    @Test
    void withoutEstablishmentTheLegalRepresentativesMemberStateHasJurisdiction() {
        Provider provider = Provider.register(profile(null, REP_IE), "admin", T0);
        assertEquals(Jurisdiction.of(Jurisdiction.Basis.LEGAL_REPRESENTATIVE, MemberState.IE), provider.jurisdiction());
        assertTrue(provider.jurisdiction().includesAnyOf(Set.of(MemberState.FR, MemberState.IE)));
        assertFalse(provider.jurisdiction().includesAnyOf(Set.of(MemberState.NL)));
    }

    @Test
    void aProviderWithoutEstablishmentMustNameALegalRepresentative() {
        assertThrows(IllegalArgumentException.class, () -> Provider.register(profile(null, null), "admin", T0));
        assertFalse(profile(null, null).isLegalRepresentativeGivenWhenNotEstablished());
        assertTrue(profile(MemberState.DE, null).isLegalRepresentativeGivenWhenNotEstablished());
        assertTrue(profile(null, REP_IE).isLegalRepresentativeGivenWhenNotEstablished());
    }

    @Test
    void anEstablishedProviderCannotDropItsEstablishmentWithoutARepresentative() {
        Provider provider = registered(MemberState.NL);
        assertThrows(IllegalArgumentException.class, () -> provider.amend(profile(null, null), T0.plusSeconds(1)));
        assertEquals(Optional.of(MemberState.NL), provider.mainEstablishment());
    }

    @Test
    void amendReplacesTheEntryButNotItsStatus() {
        Provider provider = registered(MemberState.NL);
        provider.suspend("test", "admin", T0.plusSeconds(1));
        ProviderProfile changed = new ProviderProfile("Renamed", Set.of(ServiceType.APP_STORE), List.of(), null, REP_IE,
                new ContactPoint("x@example.org", "+31 20 555 0001", List.of("en")), " KEY ");
        provider.amend(changed, T0.plusSeconds(2));
        assertEquals("Renamed", provider.legalName());
        assertEquals(EnumSet.of(ServiceType.APP_STORE), provider.serviceTypes());
        assertEquals(List.of(), provider.services());
        assertEquals(Optional.empty(), provider.mainEstablishment());
        assertEquals(Optional.of(REP_IE), provider.legalRepresentative());
        assertEquals("x@example.org", provider.contactPoint().email());
        assertEquals(Optional.of("KEY"), provider.signingPublicKey());
        assertEquals(T0.plusSeconds(2), provider.updatedAt());
        assertEquals(ProviderStatus.SUSPENDED, provider.status());
    }

    @Test
    void changingTheContactPointToTheSameValueIsNoChange() {
        Provider provider = registered(MemberState.NL);
        assertFalse(provider.changeContactPoint(new ContactPoint("csa@example.org", "+31 20 555 0000", List.of("nl", "en")), T0.plusSeconds(1)));
        assertEquals(T0, provider.updatedAt());
        assertTrue(provider.changeContactPoint(new ContactPoint("new@example.org", "+31 20 555 0000", List.of("nl")), T0.plusSeconds(2)));
        assertEquals("new@example.org", provider.contactPoint().email());
        assertEquals(T0.plusSeconds(2), provider.updatedAt());
    }

    @Test
    void appointingTheSameRepresentativeIsNoChangeAndARepresentativeIsRequiredWithoutEstablishment() {
        Provider provider = Provider.register(profile(null, REP_IE), "admin", T0);
        assertFalse(provider.appointLegalRepresentative(REP_IE, T0.plusSeconds(1)));
        assertEquals(T0, provider.updatedAt());
        LegalRepresentative fr = new LegalRepresentative("Rep SAS", "1 Rue, Paris", "rep@example.fr", "+33 1 555 0000", MemberState.FR);
        assertTrue(provider.appointLegalRepresentative(fr, T0.plusSeconds(2)));
        assertEquals(Jurisdiction.of(Jurisdiction.Basis.LEGAL_REPRESENTATIVE, MemberState.FR), provider.jurisdiction());
        assertEquals(T0.plusSeconds(2), provider.updatedAt());
        assertThrows(IllegalArgumentException.class, () -> provider.appointLegalRepresentative(null, T0.plusSeconds(3)));
    }

    @Test
    void suspendAndReinstateMoveTheStatusKeepTheReasonOnlyWhileSuspendedAndWriteHistory() {
        Provider provider = registered(MemberState.NL);
        assertEquals(EnumSet.of(ProviderEvent.SUSPEND), provider.possibleEvents());

        provider.suspend("unpaid test", "admin", T0.plusSeconds(10));
        assertEquals(ProviderStatus.SUSPENDED, provider.status());
        assertEquals("unpaid test", provider.statusReason().orElseThrow());
        assertEquals(T0.plusSeconds(10), provider.updatedAt());
        assertEquals(EnumSet.of(ProviderEvent.REINSTATE), provider.possibleEvents());

        provider.reinstate("admin2", T0.plusSeconds(20));
        assertEquals(ProviderStatus.ACTIVE, provider.status());
        assertTrue(provider.statusReason().isEmpty());
        assertEquals(T0.plusSeconds(20), provider.updatedAt());

        List<ProviderStatusChange> history = provider.statusHistory();
        assertEquals(List.of(ProviderEvent.REGISTER, ProviderEvent.SUSPEND, ProviderEvent.REINSTATE),
                history.stream().map(ProviderStatusChange::event).toList());
        ProviderStatusChange suspension = history.get(1);
        assertEquals(Optional.of(ProviderStatus.ACTIVE), suspension.fromStatus());
        assertEquals(ProviderStatus.SUSPENDED, suspension.toStatus());
        assertEquals("unpaid test", suspension.reason());
        assertEquals("admin", suspension.actor());
        assertEquals(T0.plusSeconds(10), suspension.occurredAt());
        ProviderStatusChange reinstatement = history.get(2);
        assertEquals(Optional.of(ProviderStatus.SUSPENDED), reinstatement.fromStatus());
        assertEquals("admin2", reinstatement.actor());
        assertNull(reinstatement.reason());
    }

    @Test
    void aMoveTheWorkflowDoesNotAllowChangesNothingAndWritesNoHistory() {
        Provider provider = registered(MemberState.NL);
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> provider.reinstate("admin", T0.plusSeconds(5)));
        assertEquals(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, refused.code());
        assertEquals(ProviderStatus.ACTIVE, provider.status());
        assertEquals(T0, provider.updatedAt());
        assertEquals(1, provider.statusHistory().size());

        provider.suspend("first", "admin", T0.plusSeconds(6));
        assertThrows(RuleViolationException.class, () -> provider.suspend("second", "admin", T0.plusSeconds(7)));
        assertEquals("first", provider.statusReason().orElseThrow(), "the reason of the refused suspension is not kept");
        assertEquals(T0.plusSeconds(6), provider.updatedAt());
        assertEquals(2, provider.statusHistory().size());
    }

    @Test
    void aSuspensionNeedsAReasonWhichIsKeptTrimmed() {
        Provider provider = registered(MemberState.NL);
        for (String blank : new String[]{null, "", "  "}) {
            RuleViolationException refused = assertThrows(RuleViolationException.class, () -> provider.suspend(blank, "admin", T0));
            assertEquals(RuleViolationException.Code.INVALID, refused.code());
            assertEquals("reason", refused.field());
        }
        assertEquals(ProviderStatus.ACTIVE, provider.status());
        provider.suspend("  late reports  ", "admin", T0);
        assertEquals("late reports", provider.statusReason().orElseThrow());
        assertEquals("late reports", provider.statusHistory().get(1).reason());
    }

    @Test
    void applyDispatchesEachEventAndNeverRegistersTwice() {
        Provider provider = registered(MemberState.NL);
        provider.apply(ProviderEvent.SUSPEND, "why", "admin", T0);
        assertEquals(ProviderStatus.SUSPENDED, provider.status());
        assertEquals("why", provider.statusReason().orElseThrow());
        provider.apply(ProviderEvent.REINSTATE, "ignored", "admin", T0);
        assertEquals(ProviderStatus.ACTIVE, provider.status());
        assertTrue(provider.statusReason().isEmpty());
        assertThrows(RuleViolationException.class, () -> provider.apply(ProviderEvent.REGISTER, null, "admin", T0));
        assertEquals(3, provider.statusHistory().size());
    }

    @Test
    void anUnnamedActorIsRecordedAsTheSystem() {
        Provider provider = Provider.register(profile(MemberState.NL, null), " ", T0);
        assertEquals("system", provider.statusHistory().get(0).actor());
    }

    @Test
    void historyTimesAreKeptToTheMicrosecondAsPostgresqlStoresThem() {
        Provider provider = Provider.register(profile(MemberState.NL, null), "admin", Instant.parse("2026-01-01T00:00:00.123456789Z"));
        assertEquals(Instant.parse("2026-01-01T00:00:00.123456Z"), provider.statusHistory().get(0).occurredAt());
    }

    @Test
    void memberStateSetsAreStoredSortedAndReadBack() {
        MemberStateSetConverter converter = new MemberStateSetConverter();
        String column = converter.convertToDatabaseColumn(EnumSet.of(MemberState.NL, MemberState.BE, MemberState.DE));
        assertEquals("BE,DE,NL", column);
        assertEquals(EnumSet.of(MemberState.NL, MemberState.BE, MemberState.DE), converter.convertToEntityAttribute(column));
        assertTrue(converter.convertToEntityAttribute("").isEmpty());
        assertTrue(converter.convertToEntityAttribute(null).isEmpty());
        assertEquals("", converter.convertToDatabaseColumn(null));
    }

    @Test
    void languagesAreStoredInOrderOfPreferenceAndReadBack() {
        LanguageListConverter converter = new LanguageListConverter();
        assertEquals("nl,en", converter.convertToDatabaseColumn(List.of("nl", "en")));
        assertEquals(List.of("nl", "en"), converter.convertToEntityAttribute("nl, en"));
        assertEquals(List.of(), converter.convertToEntityAttribute(" "));
        assertEquals(List.of(), converter.convertToEntityAttribute(null));
        assertEquals("", converter.convertToDatabaseColumn(null));
    }

    @Test
    void memberStateCodesParseCaseInsensitivelyAndRejectNonMembers() {
        assertEquals(MemberState.NL, MemberState.fromCode(" nl ").orElseThrow());
        assertTrue(MemberState.fromCode("GB").isEmpty());
        assertTrue(MemberState.fromCode("EL").isEmpty(), "Greece is GR in ISO 3166");
        assertTrue(MemberState.fromCode(null).isEmpty());
    }

    @Test
    void theOfferedServicesAreKeptInOrderAndCannotBeChangedFromOutside() {
        Provider provider = registered(MemberState.NL);
        List<OfferedService> services = provider.services();
        assertEquals(1, services.size());
        assertEquals("ExampleDrive", services.get(0).name());
        assertEquals(EnumSet.of(MemberState.NL), services.get(0).offeredIn());
        assertThrows(UnsupportedOperationException.class, () -> provider.services().clear());
    }

    @Test
    void aRepresentativeWithoutMemberStateLeavesEveryMemberStateCompetent() {
        LegalRepresentative stateless = new LegalRepresentative("Rep Ltd", "somewhere", "rep@example.org", "+1 555 0000", null);
        Provider provider = Provider.register(profile(null, stateless), "admin", T0);
        assertEquals(Jurisdiction.everyMemberState(), provider.jurisdiction());
    }

    @Test
    void everyProviderHasItsOwnStableId() {
        Provider provider = registered(MemberState.NL);
        assertNotNull(provider.id());
        assertEquals(provider.id(), provider.id());
        assertNotEquals(provider.id(), registered(MemberState.NL).id());
    }

    @Test
    void theVersionIsTheOneLastStoredSoThatAStaleEditCanBeRecognised() throws Exception {
        Provider provider = registered(MemberState.NL);
        assertEquals(0, provider.version());
        var version = Provider.class.getDeclaredField("version");
        version.setAccessible(true);
        version.set(provider, 3L);
        assertEquals(3, provider.version());
    }

    @Test
    void everyHistoryRowHasItsOwnId() {
        Provider provider = registered(MemberState.NL);
        provider.suspend("test", "admin", T0.plusSeconds(1));
        List<ProviderStatusChange> history = provider.statusHistory();
        assertNotNull(history.get(0).id());
        assertNotEquals(history.get(0).id(), history.get(1).id());
    }
}

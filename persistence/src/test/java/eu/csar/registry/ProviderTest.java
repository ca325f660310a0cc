package eu.csar.registry;

import eu.csar.shared.MemberState;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProviderTest {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final ContactPoint CONTACT = new ContactPoint("csa@example.org", "+31 20 555 0000", List.of("nl", "en"));
    static final LegalRepresentative REP_IE = new LegalRepresentative("Rep Ltd", "1 Quay, Dublin", "rep@example.org", "+353 1 555 0000", MemberState.IE);

    static ProviderProfile profile(MemberState establishment, LegalRepresentative rep) {
        return new ProviderProfile("Example Hosting", Set.of(ServiceType.HOSTING),
                List.of(new OfferedService("ExampleDrive", ServiceType.HOSTING, "file hosting", Set.of(MemberState.NL))),
                establishment, rep, CONTACT, null);
    }

    @Test
    void jurisdictionIsTheMemberStateOfMainEstablishmentEvenWithARepresentative() {
        Provider provider = Provider.register(profile(MemberState.NL, REP_IE), T0);
        assertEquals(EnumSet.of(MemberState.NL), provider.jurisdiction());
    }

    @Test
    void withoutEstablishmentTheLegalRepresentativesMemberStateHasJurisdiction() {
        Provider provider = Provider.register(profile(null, REP_IE), T0);
        assertEquals(EnumSet.of(MemberState.IE), provider.jurisdiction());
        assertTrue(provider.isUnderJurisdictionOfAnyOf(Set.of(MemberState.FR, MemberState.IE)));
        assertFalse(provider.isUnderJurisdictionOfAnyOf(Set.of(MemberState.NL)));
    }

    @Test
    void aProviderWithoutEstablishmentMustNameALegalRepresentative() {
        assertThrows(IllegalArgumentException.class, () -> Provider.register(profile(null, null), T0));
        assertFalse(profile(null, null).isLegalRepresentativeGivenWhenNotEstablished());
        assertTrue(profile(MemberState.DE, null).isLegalRepresentativeGivenWhenNotEstablished());
    }

    @Test
    void changingTheContactPointToTheSameValueIsNoChange() {
        Provider provider = Provider.register(profile(MemberState.NL, null), T0);
        assertFalse(provider.changeContactPoint(new ContactPoint("csa@example.org", "+31 20 555 0000", List.of("nl", "en")), T0.plusSeconds(1)));
        assertEquals(T0, provider.updatedAt());
        assertTrue(provider.changeContactPoint(new ContactPoint("new@example.org", "+31 20 555 0000", List.of("nl")), T0.plusSeconds(2)));
        assertEquals("new@example.org", provider.contactPoint().email());
        assertEquals(T0.plusSeconds(2), provider.updatedAt());
    }

    @Test
    void suspendAndReinstateKeepTheReasonOnlyWhileSuspended() {
        Provider provider = Provider.register(profile(MemberState.NL, null), T0);
        provider.suspend("unpaid test", T0);
        assertEquals(ProviderStatus.SUSPENDED, provider.status());
        assertEquals("unpaid test", provider.statusReason().orElseThrow());
        provider.reinstate(T0);
        assertEquals(ProviderStatus.ACTIVE, provider.status());
        assertTrue(provider.statusReason().isEmpty());
    }

    @Test
    void memberStateSetsAreStoredSortedAndReadBack() {
        MemberStateSetConverter converter = new MemberStateSetConverter();
        String column = converter.convertToDatabaseColumn(EnumSet.of(MemberState.NL, MemberState.BE, MemberState.DE));
        assertEquals("BE,DE,NL", column);
        assertEquals(EnumSet.of(MemberState.NL, MemberState.BE, MemberState.DE), converter.convertToEntityAttribute(column));
        assertTrue(converter.convertToEntityAttribute("").isEmpty());
    }

    @Test
    void memberStateCodesParseCaseInsensitivelyAndRejectNonMembers() {
        assertEquals(MemberState.NL, MemberState.fromCode(" nl ").orElseThrow());
        assertTrue(MemberState.fromCode("GB").isEmpty());
        assertTrue(MemberState.fromCode(null).isEmpty());
    }
}

package eu.csar.registry.application;

import eu.csar.registry.api.ProviderContactChanged.Change;
import eu.csar.registry.domain.ContactPoint;
import eu.csar.registry.domain.LegalRepresentative;
import eu.csar.registry.domain.Provider;
import eu.csar.registry.domain.ProviderProfile;
import eu.csar.registry.domain.ServiceType;
import eu.csar.shared.domain.MemberState;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which parts of an amended entry the competent authorities are told about. */
class ContactChangesTest {

    static final ContactPoint CONTACT = new ContactPoint("c@example.org", "+31 20 555 0000", List.of("en"));
    static final LegalRepresentative IN_IRELAND = representative(MemberState.IE);

    static LegalRepresentative representative(MemberState state) {
        return new LegalRepresentative("Rep Ltd", "1 Quay, City", "rep@example.org", "+353 1 555 0100", state);
    }

    static ProviderProfile profile(String name, MemberState establishment, LegalRepresentative rep, ContactPoint contact) {
        return new ProviderProfile(name, Set.of(ServiceType.HOSTING), List.of(), establishment, rep, contact, null);
    }

    static final Provider REPRESENTED_IN_IRELAND = Provider.register(profile("P", null, IN_IRELAND, CONTACT), "test", Instant.EPOCH);

    @Test
    void aNewNameAloneIsNotTold() {
        assertEquals(Set.of(), ContactChanges.between(REPRESENTED_IN_IRELAND, profile("P renamed", null, IN_IRELAND, CONTACT)));
    }

    @Test
    void aRepresentativeMovingToFranceIsALegalRepresentativeChange() {
        assertEquals(Set.of(Change.LEGAL_REPRESENTATIVE), ContactChanges.between(REPRESENTED_IN_IRELAND,
                profile("P", null, representative(MemberState.FR), CONTACT)));
    }

    @Test
    void anEstablishmentReplacingTheRepresentativeIsToldAsBoth() {
        assertEquals(Set.of(Change.LEGAL_REPRESENTATIVE, Change.MAIN_ESTABLISHMENT),
                ContactChanges.between(REPRESENTED_IN_IRELAND, profile("P", MemberState.NL, null, CONTACT)));
    }

    @Test
    void aNewPointOfContactIsTold() {
        ContactPoint other = new ContactPoint("new@example.org", "+31 20 555 0000", List.of("en"));
        assertEquals(Set.of(Change.CONTACT_POINT), ContactChanges.between(REPRESENTED_IN_IRELAND, profile("P", null, IN_IRELAND, other)));
    }
}

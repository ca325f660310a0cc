package eu.csar.registry.api;

import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The queue contract between the registry, which sends, and the contexts that listen. */
class RegistryMessagesTest {

    static final ProviderId PROVIDER = ProviderId.of("7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b01");
    static final ProviderContactChanged MOVE = new ProviderContactChanged(PROVIDER,
            Set.of(ProviderContactChanged.Change.LEGAL_REPRESENTATIVE, ProviderContactChanged.Change.CONTACT_POINT),
            Set.of(MemberState.IE), Set.of(MemberState.FR));

    @Test
    void aChangeTravelsAsTheProviderIdWhatChangedAndTheJurisdictionBeforeAndAfterAsText() {
        assertEquals(Map.of("providerId", "7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b01", "changes", "CONTACT_POINT,LEGAL_REPRESENTATIVE",
                "competentBefore", "IE", "competentAfter", "FR"), RegistryMessages.propertiesOf(MOVE));
    }

    @Test
    void everyKindOfChangeIsReadBackAsItWasSent() {
        for (ProviderContactChanged.Change what : ProviderContactChanged.Change.values()) {
            ProviderContactChanged sent = new ProviderContactChanged(PROVIDER, Set.of(what),
                    EnumSet.allOf(MemberState.class), Set.of(MemberState.NL, MemberState.DE));
            assertEquals(sent, RegistryMessages.changeOf(RegistryMessages.propertiesOf(sent)::get));
        }
    }

    @Test
    void aMessageWithoutAnyPropertyIsRefusedAsOutsideTheContract() {
        for (String missing : RegistryMessages.propertiesOf(MOVE).keySet()) {
            Map<String, String> properties = new HashMap<>(RegistryMessages.propertiesOf(MOVE));
            properties.remove(missing);
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> RegistryMessages.changeOf(properties::get), missing);
            assertEquals("registry message without providerId, changes, competentBefore or competentAfter", refused.getMessage());
        }
    }

    @Test
    void aMessageWithUnreadablePropertiesIsRefused() {
        for (var bad : Map.of("providerId", "not-a-uuid", "changes", "ADDRESS", "competentBefore", "XX", "competentAfter", "").entrySet()) {
            Map<String, String> properties = new HashMap<>(RegistryMessages.propertiesOf(MOVE));
            properties.put(bad.getKey(), bad.getValue());
            assertThrows(IllegalArgumentException.class, () -> RegistryMessages.changeOf(properties::get), bad.toString());
        }
    }

    @Test
    void aChangeNamesItsProviderWhatChangedAndWhoWasAndIsCompetent() {
        Set<ProviderContactChanged.Change> contact = Set.of(ProviderContactChanged.Change.CONTACT_POINT);
        Set<MemberState> nl = Set.of(MemberState.NL);
        assertThrows(NullPointerException.class, () -> new ProviderContactChanged(null, contact, nl, nl));
        assertThrows(NullPointerException.class, () -> new ProviderContactChanged(PROVIDER, null, nl, nl));
        assertThrows(IllegalArgumentException.class, () -> new ProviderContactChanged(PROVIDER, Set.of(), nl, nl));
        assertThrows(IllegalArgumentException.class, () -> new ProviderContactChanged(PROVIDER, contact, Set.of(), nl));
        assertThrows(IllegalArgumentException.class, () -> new ProviderContactChanged(PROVIDER, contact, nl, Set.of()));
    }

    @Test
    void theChangeKeepsItsOwnCopyOfTheSetsItWasGiven() {
        Set<MemberState> before = EnumSet.of(MemberState.IE);
        ProviderContactChanged change = new ProviderContactChanged(PROVIDER, Set.of(ProviderContactChanged.Change.CONTACT_POINT),
                before, Set.of(MemberState.FR));
        before.add(MemberState.NL);
        assertEquals(Set.of(MemberState.IE), change.competentBefore());
        assertThrows(UnsupportedOperationException.class, () -> change.competentAfter().add(MemberState.NL));
    }

    @Test
    void aChangeBetweenJurisdictionsCarriesTheirMemberStates() {
        ProviderContactChanged change = ProviderContactChanged.of(PROVIDER, Set.of(ProviderContactChanged.Change.MAIN_ESTABLISHMENT),
                Jurisdiction.of(Jurisdiction.Basis.MAIN_ESTABLISHMENT, MemberState.NL), Jurisdiction.everyMemberState());
        assertEquals(Set.of(MemberState.NL), change.competentBefore());
        assertEquals(EnumSet.allOf(MemberState.class), change.competentAfter());
    }
}

package eu.csar.notification.application;

import eu.csar.notification.api.InboxAddress;
import eu.csar.security.api.CallerSnapshot;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which inboxes a caller reads: its own authority's or its own provider's, never another's. */
class AuthorityInboxTest {

    private static final ProviderId ALPHA = ProviderId.random();

    private static Set<InboxAddress> of(Set<String> roles, Set<MemberState> states, Optional<ProviderId> provider) {
        return AuthorityInbox.addressesOf(new CallerSnapshot("someone", true, roles, states, provider));
    }

    @Test
    void aProvidersStaffAndClientsReadTheirOwnProvidersInboxOnly() {
        assertEquals(Set.of(InboxAddress.ofProvider(ALPHA)), of(Set.of(Roles.PROVIDER), Set.of(), Optional.of(ALPHA)));
    }

    @Test
    void aProviderCallerWithoutAProviderIdReadsNoInbox() {
        assertEquals(Set.of(), of(Set.of(Roles.PROVIDER), Set.of(MemberState.NL), Optional.empty()));
    }

    @Test
    void aProviderIdWithoutTheProviderRoleOpensNoProvidersInbox() {
        assertEquals(Set.of(InboxAddress.of(MemberState.NL)),
                of(Set.of(Roles.COORDINATING_AUTHORITY), Set.of(MemberState.NL), Optional.of(ALPHA)));
    }

    @Test
    void authoritiesReadTheirMemberStatesAndTheCentreItsOwn() {
        assertEquals(Set.of(InboxAddress.of(MemberState.NL), InboxAddress.of(MemberState.DE)),
                of(Set.of(Roles.COORDINATING_AUTHORITY), Set.of(MemberState.NL, MemberState.DE), Optional.empty()));
        assertEquals(Set.of(InboxAddress.EU_CENTRE), of(Set.of(Roles.CENTRE_REVIEWER), Set.of(), Optional.empty()));
        assertEquals(Set.of(InboxAddress.EU_CENTRE, InboxAddress.EU_CENTRE_OPERATIONS),
                of(Set.of(Roles.CENTRE_ADMIN), Set.of(), Optional.empty()), "the operators' alarms are the administrators'");
        assertEquals(Set.of(), of(Set.of(Roles.CENTRE_AUDITOR), Set.of(MemberState.NL), Optional.empty()));
    }
}

package eu.csar.notification.api;

import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class InboxAddressTest {

    @Test
    void aMemberStatesInboxIsWrittenAsItsCode() {
        InboxAddress nl = InboxAddress.of(MemberState.NL);
        assertEquals("NL", nl.code());
        assertEquals("NL", nl.toString());
        assertEquals(Optional.of(MemberState.NL), nl.memberState());
        assertEquals(nl, new InboxAddress("NL"));
    }

    @Test
    void theEuCentresInboxBelongsToNoMemberState() {
        assertEquals("EU_CENTRE", InboxAddress.EU_CENTRE.code());
        assertEquals(Optional.empty(), InboxAddress.EU_CENTRE.memberState());
        assertEquals(InboxAddress.EU_CENTRE, new InboxAddress("EU_CENTRE"));
        assertNotEquals(InboxAddress.EU_CENTRE, InboxAddress.of(MemberState.BE));
    }

    @Test
    void theOperatorsInboxIsTheCentresOwnAndNeitherAMemberStatesNorAProviders() {
        assertEquals("EU_CENTRE_OPERATIONS", InboxAddress.EU_CENTRE_OPERATIONS.code());
        assertEquals(InboxAddress.EU_CENTRE_OPERATIONS, new InboxAddress("EU_CENTRE_OPERATIONS"));
        assertNotEquals(InboxAddress.EU_CENTRE, InboxAddress.EU_CENTRE_OPERATIONS);
        assertEquals(Optional.empty(), InboxAddress.EU_CENTRE_OPERATIONS.memberState());
        assertEquals(Optional.empty(), InboxAddress.EU_CENTRE_OPERATIONS.provider());
        assertThrows(IllegalArgumentException.class, () -> new InboxAddress("EU_CENTRE_OPS"));
    }

    @Test
    void anythingElseIsNoInbox() {
        assertThrows(IllegalArgumentException.class, () -> new InboxAddress("XX"));
        assertThrows(IllegalArgumentException.class, () -> new InboxAddress("nl"));
        assertThrows(IllegalArgumentException.class, () -> new InboxAddress(""));
        assertThrows(NullPointerException.class, () -> new InboxAddress(null));
    }

    @Test
    void aProvidersInboxIsWrittenWithItsIdAndBelongsToNoMemberState() {
        ProviderId alpha = ProviderId.of("0b7e1f5c-3a0d-4c56-9f0e-5d6a7b8c9d01");
        InboxAddress inbox = InboxAddress.ofProvider(alpha);
        assertEquals("PROVIDER:0b7e1f5c-3a0d-4c56-9f0e-5d6a7b8c9d01", inbox.code());
        assertEquals(Optional.of(alpha), inbox.provider());
        assertEquals(Optional.empty(), inbox.memberState());
        assertEquals(inbox, new InboxAddress(inbox.code()));
        assertNotEquals(inbox, InboxAddress.ofProvider(ProviderId.random()));
        assertNotEquals(InboxAddress.EU_CENTRE, inbox);
    }

    @Test
    void anAuthoritysInboxIsNoProvidersInbox() {
        assertEquals(Optional.empty(), InboxAddress.of(MemberState.NL).provider());
        assertEquals(Optional.empty(), InboxAddress.EU_CENTRE.provider());
    }

    @Test
    void aProvidersInboxNeedsItsIdInOneSpelling() {
        String upper = "PROVIDER:" + UUID.randomUUID().toString().toUpperCase();
        assertThrows(IllegalArgumentException.class, () -> new InboxAddress(upper));
        assertThrows(IllegalArgumentException.class, () -> new InboxAddress("PROVIDER:"));
        assertThrows(IllegalArgumentException.class, () -> new InboxAddress("PROVIDER:NL"));
        assertThrows(IllegalArgumentException.class, () -> new InboxAddress("provider:" + UUID.randomUUID()));
        assertThrows(NullPointerException.class, () -> InboxAddress.ofProvider(null));
    }
}

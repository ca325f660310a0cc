package eu.csar.notification.api;

import eu.csar.shared.domain.MemberState;
import org.junit.jupiter.api.Test;

import java.util.Optional;

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
    void anythingElseIsNoInbox() {
        assertThrows(IllegalArgumentException.class, () -> new InboxAddress("XX"));
        assertThrows(IllegalArgumentException.class, () -> new InboxAddress("nl"));
        assertThrows(IllegalArgumentException.class, () -> new InboxAddress(""));
        assertThrows(NullPointerException.class, () -> new InboxAddress(null));
    }
}

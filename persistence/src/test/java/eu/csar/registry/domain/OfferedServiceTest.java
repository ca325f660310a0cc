package eu.csar.registry.domain;

import eu.csar.shared.domain.MemberState;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OfferedServiceTest {

    @Test
    void itKeepsNameTypeDescriptionAndWhereItIsOffered() {
        OfferedService service = new OfferedService("ExampleChat", ServiceType.INTERPERSONAL_COMMUNICATIONS, "messaging",
                Set.of(MemberState.NL, MemberState.BE));
        assertEquals("ExampleChat", service.name());
        assertEquals(ServiceType.INTERPERSONAL_COMMUNICATIONS, service.type());
        assertEquals("messaging", service.description());
        assertEquals(EnumSet.of(MemberState.BE, MemberState.NL), service.offeredIn());
    }

    @Test
    void theMemberStatesAreACopyThatNeitherTheCallerNorAReaderCanChange() {
        Set<MemberState> given = new HashSet<>(Set.of(MemberState.DE));
        OfferedService service = new OfferedService("ExampleDrive", ServiceType.HOSTING, null, given);
        given.add(MemberState.FR);
        service.offeredIn().add(MemberState.IT);
        assertEquals(EnumSet.of(MemberState.DE), service.offeredIn());
    }

    @Test
    void aServiceOfferedNowhereYetHasNoMemberStates() {
        assertTrue(new OfferedService("Draft", ServiceType.HOSTING, null, null).offeredIn().isEmpty());
        assertTrue(new OfferedService("Draft", ServiceType.HOSTING, null, Set.of()).offeredIn().isEmpty());
        assertTrue(new OfferedService("Draft", ServiceType.HOSTING, null, new HashSet<>()).offeredIn().isEmpty());
    }

    @Test
    void servicesAreEqualByValue() {
        OfferedService chat = new OfferedService("Chat", ServiceType.INTERPERSONAL_COMMUNICATIONS, "messaging", Set.of(MemberState.NL));
        assertEquals(chat, new OfferedService("Chat", ServiceType.INTERPERSONAL_COMMUNICATIONS, "messaging", EnumSet.of(MemberState.NL)));
        assertEquals(chat.hashCode(), new OfferedService("Chat", ServiceType.INTERPERSONAL_COMMUNICATIONS, "messaging",
                Set.of(MemberState.NL)).hashCode());
        for (OfferedService other : new OfferedService[]{
                new OfferedService("Chat2", ServiceType.INTERPERSONAL_COMMUNICATIONS, "messaging", Set.of(MemberState.NL)),
                new OfferedService("Chat", ServiceType.HOSTING, "messaging", Set.of(MemberState.NL)),
                new OfferedService("Chat", ServiceType.INTERPERSONAL_COMMUNICATIONS, "other", Set.of(MemberState.NL)),
                new OfferedService("Chat", ServiceType.INTERPERSONAL_COMMUNICATIONS, "messaging", Set.of(MemberState.DE))}) {
            assertNotEquals(chat, other, other.toString());
            assertNotEquals(chat.hashCode(), other.hashCode(), other.name() + " " + other.type());
        }
        assertNotEquals(chat, "Chat");
    }
}

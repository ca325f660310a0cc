package eu.csar.audit.api;

import eu.csar.shared.domain.MemberState;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AccountlessActorTest {

    @Test
    void theTrailNamesTheActorByRoleAndIssuedReference() {
        AccountlessActor survivor = new AccountlessActor("victim", "VC-NL-7KQ2M9XD", MemberState.NL);
        assertEquals("victim:VC-NL-7KQ2M9XD", survivor.name());
        assertEquals("victim", survivor.role());
        assertEquals(MemberState.NL, survivor.memberState());
        assertEquals("victim:unverified", new AccountlessActor("victim", "unverified", null).name());
    }

    @Test
    void typedTextOrAnEmptyPartIsNoActor() {
        assertThrows(IllegalArgumentException.class, () -> new AccountlessActor("victim", "Jane Doe", MemberState.NL));
        assertThrows(IllegalArgumentException.class, () -> new AccountlessActor("victim", "", MemberState.NL));
        assertThrows(IllegalArgumentException.class, () -> new AccountlessActor("victim", "-x", MemberState.NL));
        assertThrows(IllegalArgumentException.class, () -> new AccountlessActor("victim", "A".repeat(41), MemberState.NL));
        assertEquals(40, new AccountlessActor("victim", "A".repeat(40), null).reference().length());
        assertThrows(IllegalArgumentException.class, () -> new AccountlessActor("Victim", "VC-1", MemberState.NL));
        assertThrows(IllegalArgumentException.class, () -> new AccountlessActor("", "VC-1", MemberState.NL));
        assertThrows(IllegalArgumentException.class, () -> new AccountlessActor("v".repeat(31), "VC-1", MemberState.NL));
        assertEquals(30, new AccountlessActor("v".repeat(30), "VC-1", null).role().length());
        assertThrows(NullPointerException.class, () -> new AccountlessActor(null, "VC-1", MemberState.NL));
        assertThrows(NullPointerException.class, () -> new AccountlessActor("victim", null, MemberState.NL));
    }
}

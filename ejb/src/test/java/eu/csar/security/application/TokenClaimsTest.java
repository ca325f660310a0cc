package eu.csar.security.application;

import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TokenClaimsTest {

    @Test
    void memberStatesFromAJsonArrayOrAString() {
        assertEquals(Set.of(MemberState.NL, MemberState.DE), TokenClaims.memberStates(List.of("NL", "DE")));
        assertEquals(Set.of(MemberState.FR), TokenClaims.memberStates("fr"));
        assertEquals(Set.of(MemberState.FR), TokenClaims.memberStates("\"FR\""));
    }

    @Test
    void anythingThatIsNotAMemberStateIsIgnored() {
        assertEquals(Set.of(MemberState.IE), TokenClaims.memberStates(List.of("IE", "US", "EL", "")));
        assertEquals(Set.of(), TokenClaims.memberStates(null));
    }

    @Test
    void providerIdMustBeOneUuid() {
        ProviderId id = ProviderId.of("7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b01");
        assertEquals(Optional.of(id), TokenClaims.providerId(id.toString()));
        assertEquals(Optional.of(id), TokenClaims.providerId(List.of(id.toString())));
        assertEquals(Optional.empty(), TokenClaims.providerId("not-a-uuid"));
        assertEquals(Optional.empty(), TokenClaims.providerId(null));
        assertEquals(Optional.empty(), TokenClaims.providerId(List.of(id.toString(), id.toString())));
    }
}

package eu.csar.security.application;

import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The custom claims as Keycloak mappers and token libraries hand them over: a string, a JSON array,
 * a JSON string value that prints with its quotes, a comma-separated list from a hand-made mapper,
 * nested arrays; anything that is not an EU Member State code or one UUID is ignored, never trusted
 * and never an error.
 */
class TokenClaimsTest {

    static final ProviderId ID = ProviderId.of("7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b01");

    /** A decoded JSON value that, like jakarta.json's JsonString, prints with its quotes. */
    record JsonText(String value) {
        @Override
        public String toString() {
            return "\"" + value + "\"";
        }
    }

    @Test
    void memberStatesFromAJsonArrayOrAString() {
        assertEquals(Set.of(MemberState.NL, MemberState.DE), TokenClaims.memberStates(List.of("NL", "DE")));
        assertEquals(Set.of(MemberState.FR), TokenClaims.memberStates("fr"));
        assertEquals(Set.of(MemberState.FR), TokenClaims.memberStates("\"FR\""));
    }

    @Test
    void memberStatesFromOddShapes() {
        assertEquals(Set.of(MemberState.DE, MemberState.NL), TokenClaims.memberStates("DE, nl"), "comma-separated");
        assertEquals(Set.of(MemberState.DE, MemberState.NL), TokenClaims.memberStates("\"DE,NL\""), "quoted list");
        assertEquals(Set.of(MemberState.PL), TokenClaims.memberStates(new JsonText("PL")), "JSON string value");
        assertEquals(Set.of(MemberState.AT), TokenClaims.memberStates(" at "), "spaces and case");
        assertEquals(Set.of(MemberState.DE, MemberState.NL, MemberState.FR, MemberState.IT),
                TokenClaims.memberStates(List.of(List.of("DE"), new JsonText("NL"), Set.of("FR,IT"))), "nested arrays");
        assertEquals(Set.of(MemberState.DE), TokenClaims.memberStates(Arrays.asList(null, "DE", ",,", "XX")),
                "nulls, empty codes and unknown codes among them");
    }

    @Test
    void anythingThatIsNotAMemberStateIsIgnored() {
        assertEquals(Set.of(MemberState.IE), TokenClaims.memberStates(List.of("IE", "US", "EL", "")));
        assertEquals(Set.of(), TokenClaims.memberStates(null));
        assertEquals(Set.of(), TokenClaims.memberStates(42));
        assertEquals(Set.of(), TokenClaims.memberStates(true));
        assertEquals(Set.of(), TokenClaims.memberStates(List.of()));
        assertEquals(Set.of(), TokenClaims.memberStates(Map.of("DE", "NL")));
        assertEquals(Set.of(), TokenClaims.memberStates("\""), "a lone quote");
        assertEquals(Set.of(), TokenClaims.memberStates("\"\""), "an empty JSON string");
        assertEquals(Set.of(), TokenClaims.memberStates("\"DE"), "an unbalanced quote is part of the code");
    }

    @Test
    void providerIdMustBeOneUuid() {
        assertEquals(Optional.of(ID), TokenClaims.providerId(ID.toString()));
        assertEquals(Optional.of(ID), TokenClaims.providerId(List.of(ID.toString())));
        assertEquals(Optional.empty(), TokenClaims.providerId("not-a-uuid"));
        assertEquals(Optional.empty(), TokenClaims.providerId(null));
        assertEquals(Optional.empty(), TokenClaims.providerId(List.of(ID.toString(), ID.toString())));
    }

    @Test
    void providerIdFromOddShapes() {
        assertEquals(Optional.of(ID), TokenClaims.providerId(new JsonText(ID.toString())), "JSON string value");
        assertEquals(Optional.of(ID), TokenClaims.providerId("\"" + ID + "\""), "quoted");
        assertEquals(Optional.of(ID), TokenClaims.providerId("  " + ID + " "), "padded");
        assertEquals(Optional.of(ID), TokenClaims.providerId(ID.toString().toUpperCase()), "upper case");
        assertEquals(Optional.of(ID), TokenClaims.providerId(List.of(List.of(new JsonText(ID.toString())))), "nested");
        assertEquals(Optional.empty(), TokenClaims.providerId(List.of()), "empty array");
        assertEquals(Optional.empty(), TokenClaims.providerId(new ArrayList<>(Arrays.asList((Object) null))), "array of null");
        assertEquals(Optional.empty(), TokenClaims.providerId(42));
        assertEquals(Optional.empty(), TokenClaims.providerId(""));
        assertEquals(Optional.empty(), TokenClaims.providerId("\"\""));
        assertEquals(Optional.empty(), TokenClaims.providerId(ID + "," + ID), "two in one string");
    }
}

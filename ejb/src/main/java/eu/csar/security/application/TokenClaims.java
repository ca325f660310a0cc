package eu.csar.security.application;

import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the platform's custom claims from decoded token values. Keycloak writes {@code member_state}
 * as a JSON array when the mapper is multivalued and as a plain string otherwise; both are accepted,
 * and anything that is not an EU Member State code or a UUID is ignored rather than trusted.
 */
final class TokenClaims {

    static final String MEMBER_STATE = "member_state";
    static final String PROVIDER_ID = "provider_id";

    private TokenClaims() {
    }

    /** {@code value} as decoded by the token library: null, a String, or a Collection of values. */
    static Set<MemberState> memberStates(Object value) {
        Set<MemberState> states = EnumSet.noneOf(MemberState.class);
        if (value instanceof Collection<?> values) {
            for (Object v : values) {
                states.addAll(memberStates(v));
            }
        } else if (value != null) {
            // A single string may still be a comma-separated list from a hand-made mapper.
            for (String code : unquote(value.toString()).split(",")) {
                MemberState.fromCode(code).ifPresent(states::add);
            }
        }
        return states;
    }

    static Optional<ProviderId> providerId(Object value) {
        if (value instanceof Collection<?> values) {
            return values.size() == 1 ? providerId(values.iterator().next()) : Optional.empty();
        }
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ProviderId.of(unquote(value.toString()).trim()));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }

    /** jakarta.json string values print with their quotes. */
    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}

package eu.csar.security.api;

import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;

import java.util.Optional;
import java.util.Set;

/**
 * Who is calling: the one place services learn the caller's roles, Member States and provider.
 * Services ask this, never the HTTP layer, so the same rules hold for JSF, REST, SOAP and MDBs.
 * Backed by the OIDC access token (claims {@code member_state} and {@code provider_id}).
 */
public interface Caller {

    /** Stable name for the audit trail: the token's {@code preferred_username} (or client id). */
    String name();

    boolean isAuthenticated();

    Set<String> roles();

    default boolean hasRole(String role) {
        return roles().contains(role);
    }

    /** Member States the caller acts for (claim {@code member_state}); empty for EU-level actors. */
    Set<MemberState> memberStates();

    /** The provider a machine client acts for (claim {@code provider_id}). */
    Optional<ProviderId> providerId();
}

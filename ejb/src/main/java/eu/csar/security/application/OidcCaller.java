package eu.csar.security.application;

import eu.csar.security.api.Caller;
import eu.csar.security.api.CallerSnapshot;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;
import jakarta.enterprise.context.ApplicationScoped;
import org.wildfly.security.auth.principal.AnonymousPrincipal;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.http.oidc.AccessToken;
import org.wildfly.security.http.oidc.OidcPrincipal;

import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@link Caller} services inject: reads the Elytron security identity of the current thread on
 * every call, so it is right in a pooled {@code @Stateless} bean, in JSF, REST and SOAP requests
 * (principal: the {@link OidcPrincipal} that elytron-oidc-client put there, from the session or the
 * bearer token) and in MDBs and timers, where there is no user and the caller is
 * {@link CallerSnapshot#ANONYMOUS}: not authenticated, no roles, no Member State, no provider.
 *
 * <p>Roles are the identity's roles (Keycloak realm roles, {@code realm_access.roles}), the same
 * ones {@code @RolesAllowed} checks. Member States come from the {@code member_state} claim, the
 * provider from {@code provider_id}; both only from the signed access token.
 */
@ApplicationScoped
public class OidcCaller implements Caller {

    @Override
    public String name() {
        return snapshot().name();
    }

    @Override
    public boolean isAuthenticated() {
        return snapshot().isAuthenticated();
    }

    @Override
    public Set<String> roles() {
        return snapshot().roles();
    }

    @Override
    public Set<MemberState> memberStates() {
        return snapshot().memberStates();
    }

    @Override
    public Optional<ProviderId> providerId() {
        return snapshot().providerId();
    }

    /** The caller as of now, detached from the thread. */
    public CallerSnapshot snapshot() {
        SecurityDomain domain = SecurityDomain.getCurrent();
        if (domain == null) {
            return CallerSnapshot.ANONYMOUS;
        }
        SecurityIdentity identity = domain.getCurrentSecurityIdentity();
        Principal principal = identity == null ? null : identity.getPrincipal();
        if (principal == null || principal instanceof AnonymousPrincipal) {
            return CallerSnapshot.ANONYMOUS;
        }
        Set<String> roles = new TreeSet<>();
        identity.getRoles().forEach(roles::add);

        if (principal instanceof OidcPrincipal<?> oidc && oidc.getOidcSecurityContext() != null
                && oidc.getOidcSecurityContext().getToken() != null) {
            AccessToken token = oidc.getOidcSecurityContext().getToken();
            if (roles.isEmpty() && token.getRealmAccessClaim() != null) {
                roles.addAll(token.getRealmAccessClaim().getRoles());
            }
            String name = firstNonBlank(token.getPreferredUsername(), token.getClaimValueAsString("azp"),
                    principal.getName());
            return new CallerSnapshot(name, true, roles,
                    TokenClaims.memberStates(token.getClaimValue(TokenClaims.MEMBER_STATE)),
                    TokenClaims.providerId(token.getClaimValue(TokenClaims.PROVIDER_ID)));
        }
        // Authenticated by something other than OIDC (e.g. a run-as identity): roles only.
        return new CallerSnapshot(principal.getName(), true, roles, Set.of(), Optional.empty());
    }

    private static String firstNonBlank(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                return c;
            }
        }
        return "unknown";
    }
}

package eu.csar.security.application;

import eu.csar.security.api.Caller;
import eu.csar.security.api.CallerSnapshot;
import eu.csar.security.api.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.Set;
import java.util.TreeSet;

/**
 * Tells a caller who the platform thinks it is (backs {@code GET /api/v1/me}). It runs as an EJB on
 * purpose: what it returns is what every service sees through {@link Caller}, and the container's
 * own role check ({@link SessionContext#isCallerInRole}) is reported next to it, so a broken
 * identity propagation from the web tier into the EJB tier shows up at once.
 */
@Stateless
@DeclareRoles({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY,
        Roles.ISSUING_AUTHORITY, Roles.LAW_ENFORCEMENT, Roles.EUROPOL, Roles.PROVIDER})
public class WhoAmI {

    private static final Set<String> ALL_ROLES = Set.of(Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER,
            Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY, Roles.ISSUING_AUTHORITY, Roles.LAW_ENFORCEMENT,
            Roles.EUROPOL, Roles.PROVIDER);

    @Inject
    OidcCaller caller;

    @Resource
    SessionContext context;

    /** The caller plus the platform roles the EJB container grants it. */
    public record Description(CallerSnapshot caller, Set<String> containerRoles) {
    }

    @PermitAll
    public Description describe() {
        Set<String> granted = new TreeSet<>();
        for (String role : ALL_ROLES) {
            if (context.isCallerInRole(role)) {
                granted.add(role);
            }
        }
        return new Description(caller.snapshot(), granted);
    }
}

package eu.csar.web.platform.rest;

import eu.csar.security.api.CallerSnapshot;
import eu.csar.security.api.Roles;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who {@link RoleGate} lets through: the method's declaration over its class's, and nobody where neither declares. */
class RoleGateTest {

    static final CallerSnapshot CA = caller(Roles.COORDINATING_AUTHORITY);
    static final CallerSnapshot PROVIDER = caller(Roles.PROVIDER);

    static CallerSnapshot caller(String role) {
        return new CallerSnapshot("someone", true, Set.of(role), Set.of(), Optional.empty());
    }

    @RolesAllowed(Roles.PROVIDER)
    static class ProvidersResource {
        public void inherits() {
        }

        @RolesAllowed(Roles.COORDINATING_AUTHORITY)
        public void authorities() {
        }

        @PermitAll
        public void open() {
        }

        @DenyAll
        public void closed() {
        }
    }

    static class UndeclaredResource {
        public void forgotten() {
        }
    }

    static boolean permits(Class<?> resource, String method, CallerSnapshot caller) throws NoSuchMethodException {
        Method m = resource.getMethod(method);
        return RoleGate.permits(m, resource, caller);
    }

    @Test
    void theMethodsRolesWinOverTheClasss() throws Exception {
        assertTrue(permits(ProvidersResource.class, "inherits", PROVIDER));
        assertFalse(permits(ProvidersResource.class, "inherits", CA));
        assertTrue(permits(ProvidersResource.class, "authorities", CA));
        assertFalse(permits(ProvidersResource.class, "authorities", PROVIDER));
    }

    @Test
    void permitAllOpensDenyAllClosesAndNothingDeclaredIsClosed() throws Exception {
        assertTrue(permits(ProvidersResource.class, "open", CallerSnapshot.ANONYMOUS));
        assertFalse(permits(ProvidersResource.class, "closed", PROVIDER));
        assertFalse(permits(UndeclaredResource.class, "forgotten", PROVIDER));
        assertFalse(permits(ProvidersResource.class, "inherits", new CallerSnapshot("anonymous", false, Set.of(Roles.PROVIDER),
                Set.of(), Optional.empty())), "a role without an authenticated caller is nobody's");
    }

    @Test
    void aRefusalNamesTheOperationAsThePlatformNamesIt() throws Exception {
        assertEquals("ProvidersResource.authorities", RoleGate.operationOf(ProvidersResource.class.getMethod("authorities")));
    }
}

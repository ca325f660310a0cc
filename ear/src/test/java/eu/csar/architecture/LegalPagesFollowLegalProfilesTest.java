package eu.csar.architecture;

import eu.csar.legal.application.LegalProfiles;
import eu.csar.security.api.Roles;
import eu.csar.web.platform.portal.PortalPages;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The legal profile pages open to exactly the roles that may call what they show ({@link LegalProfiles}). */
class LegalPagesFollowLegalProfilesTest {

    private static Set<String> rolesOf(String... methods) {
        Set<String> roles = new HashSet<>();
        for (Method m : LegalProfiles.class.getDeclaredMethods()) {
            if (Arrays.asList(methods).contains(m.getName())) {
                roles.addAll(List.of(m.getAnnotation(RolesAllowed.class).value()));
            }
        }
        roles.remove(Roles.PROVIDER);
        return roles;
    }

    @Test
    void theListAndTheComparisonFollowTheReadersAndTheImportTheAdmins() {
        assertEquals(rolesOf("versions", "open", "compare"), PortalPages.allowedRoles(PortalPages.LEGAL_PROFILES));
        assertEquals(rolesOf("compare"), PortalPages.allowedRoles(PortalPages.LEGAL_COMPARE));
        assertEquals(rolesOf("importVersion"), PortalPages.allowedRoles(PortalPages.LEGAL_IMPORT));
    }
}

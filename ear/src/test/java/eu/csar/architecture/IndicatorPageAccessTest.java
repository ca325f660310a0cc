package eu.csar.architecture;

import eu.csar.indicators.application.IndicatorSubmissions;
import eu.csar.security.api.Roles;
import eu.csar.web.platform.portal.PortalPages;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The indicator submission pages (issue 9, core) open to exactly the roles their service methods allow. */
class IndicatorPageAccessTest {

    private static Set<String> rolesOf(String method) throws NoSuchMethodException {
        Method m = Arrays.stream(IndicatorSubmissions.class.getMethods()).filter(x -> x.getName().equals(method))
                .findFirst().orElseThrow(() -> new NoSuchMethodException(method));
        Set<String> roles = new HashSet<>(Arrays.asList(m.getAnnotation(RolesAllowed.class).value()));
        roles.remove(Roles.PROVIDER);
        return roles;
    }

    @Test
    void theSubmissionPagesFollowTheService() throws NoSuchMethodException {
        assertEquals(rolesOf("submit"), PortalPages.allowedRoles(PortalPages.INDICATOR_SUBMIT));
        assertEquals(rolesOf("queue"), PortalPages.allowedRoles(PortalPages.INDICATOR_VERIFICATION));
        assertEquals(rolesOf("submission"), PortalPages.allowedRoles(PortalPages.INDICATOR_SUBMISSION));
    }
}

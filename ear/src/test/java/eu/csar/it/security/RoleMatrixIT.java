package eu.csar.it.security;

import eu.csar.it.support.Api;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Tokens;
import eu.csar.it.support.Tokens.Provider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Who may call what, for every role of the realm: one row per (caller, endpoint) with the status
 * the caller must get. A change to a {@code @RolesAllowed} that opens or closes an endpoint for
 * a role fails here by name.
 */
@ExtendWith(ArquillianExtension.class)
class RoleMatrixIT {

    private static final Map<String, String> TOKENS = new HashMap<>();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    static String token(String caller) {
        return TOKENS.computeIfAbsent(caller, c -> c.equals("provider-alpha") ? Tokens.provider(Provider.ALPHA) : Tokens.user(c));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            // caller,        endpoint,                                           status
            "admin,           /api/v1/providers,                                  200",
            "reviewer,        /api/v1/providers,                                  200",
            "auditor,         /api/v1/providers,                                  200",
            "ca-nl,           /api/v1/providers,                                  200",
            "judge-nl,        /api/v1/providers,                                  200",
            "police-fr,       /api/v1/providers,                                  403",
            "europol,         /api/v1/providers,                                  403",
            "provider-alpha,  /api/v1/providers,                                  403",
            "admin,           /api/v1/providers/me,                               403",
            "ca-nl,           /api/v1/providers/me,                               403",
            "provider-alpha,  /api/v1/providers/me,                               200",
            "provider-alpha,  /api/v1/providers/7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b01, 200",
            "provider-alpha,  /api/v1/providers/7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b02, 404",
            "judge-nl,        /api/v1/providers/7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b01, 200",
            "judge-nl,        /api/v1/providers/7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b04, 404",
            "europol,         /api/v1/providers/7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b01, 403",
            "auditor,         /api/v1/audit/entries,                              200",
            "admin,           /api/v1/audit/entries,                              403",
            "reviewer,        /api/v1/audit/entries,                              403",
            "ca-nl,           /api/v1/audit/entries,                              403",
            "provider-alpha,  /api/v1/audit/chain-verification,                   403",
            "ca-nl,           /api/v1/inbox,                                      200",
            "judge-nl,        /api/v1/inbox,                                      403",
            "admin,           /api/v1/inbox,                                      403",
            "police-fr,       /api/v1/inbox,                                      403",
    })
    void eachRoleGetsExactlyWhatItIsAllowed(String caller, String endpoint, int status) {
        Api.Response r = Api.get(endpoint, token(caller));
        assertEquals(status, r.status(), caller + " GET " + endpoint + ": " + r);
    }
}

package eu.csar.it.security;

import eu.csar.it.support.Api;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Tokens.Provider;
import eu.csar.it.support.Tokens;
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

    /**
     * One row per (caller, method, endpoint). Writes send an empty JSON object: a caller whose role
     * may write gets 400 (the body is invalid, nothing changes), every other caller 403.
     */
    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource({
            // caller,       method, endpoint,                                           status
            "admin,          GET,  /api/v1/providers,                                   200",
            "reviewer,       GET,  /api/v1/providers,                                   200",
            "auditor,        GET,  /api/v1/providers,                                   200",
            "ca-nl,          GET,  /api/v1/providers,                                   200",
            "judge-nl,       GET,  /api/v1/providers,                                   200",
            "police-fr,      GET,  /api/v1/providers,                                   403",
            "europol,        GET,  /api/v1/providers,                                   403",
            "provider-alpha, GET,  /api/v1/providers,                                   403",
            "admin,          GET,  /api/v1/providers/me,                                403",
            "ca-nl,          GET,  /api/v1/providers/me,                                403",
            "provider-alpha, GET,  /api/v1/providers/me,                                200",
            "provider-alpha, GET,  /api/v1/providers/7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b01, 200",
            "provider-alpha, GET,  /api/v1/providers/7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b02, 404",
            "judge-nl,       GET,  /api/v1/providers/7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b01, 200",
            "judge-nl,       GET,  /api/v1/providers/7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b04, 404",
            "europol,        GET,  /api/v1/providers/7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b01, 403",
            "auditor,        GET,  /api/v1/audit/entries,                               200",
            "admin,          GET,  /api/v1/audit/entries,                               403",
            "reviewer,       GET,  /api/v1/audit/entries,                               403",
            "ca-nl,          GET,  /api/v1/audit/entries,                               403",
            "provider-alpha, GET,  /api/v1/audit/chain-verification,                    403",
            "ca-nl,          GET,  /api/v1/inbox,                                       200",
            "judge-nl,       GET,  /api/v1/inbox,                                       403",
            "admin,          GET,  /api/v1/inbox,                                       200",
            "reviewer,       GET,  /api/v1/inbox,                                       200",
            "auditor,        GET,  /api/v1/inbox,                                       403",
            "police-fr,      GET,  /api/v1/inbox,                                       403",
            "ca-nl,          GET,  /api/v1/inbox/unread-count,                          200",
            "admin,          GET,  /api/v1/inbox/unread-count,                          200",
            "auditor,        GET,  /api/v1/inbox/unread-count,                          403",
            "judge-nl,       POST, /api/v1/inbox/read-all,                              403",
            "provider-alpha, GET,  /api/v1/inbox/unread-count,                          200",
            "admin,          POST, /api/v1/providers,                                   400",
            "reviewer,       POST, /api/v1/providers,                                   403",
            "auditor,        POST, /api/v1/providers,                                   403",
            "ca-nl,          POST, /api/v1/providers,                                   403",
            "judge-nl,       POST, /api/v1/providers,                                   403",
            "provider-alpha, POST, /api/v1/providers,                                   403",
            "admin,          PUT,  /api/v1/providers/7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b04, 400",
            "reviewer,       PUT,  /api/v1/providers/7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b04, 403",
            "ca-nl,          PUT,  /api/v1/providers/7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b04, 403",
            "provider-alpha, PUT,  /api/v1/providers/7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b01, 403",
            "admin,          POST, /api/v1/providers/7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b04/status-changes, 400",
            "reviewer,       POST, /api/v1/providers/7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b04/status-changes, 403",
            "ca-fr,          POST, /api/v1/providers/7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b04/status-changes, 403",
            "provider-alpha, POST, /api/v1/providers/7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b01/status-changes, 403",
            "ca-nl,          PUT,  /api/v1/providers/me/contact-point,                  403",
            "admin,          PUT,  /api/v1/providers/me/contact-point,                  403",
    })
    void eachRoleGetsExactlyWhatItIsAllowed(String caller, String method, String endpoint, int status) {
        Api.Response r = switch (method) {
            case "GET" -> Api.get(endpoint, token(caller));
            case "POST" -> Api.postJson(endpoint, "{}", token(caller));
            case "PUT" -> Api.putJson(endpoint, "{}", token(caller));
            default -> throw new IllegalArgumentException(method);
        };
        assertEquals(status, r.status(), caller + " " + method + " " + endpoint + ": " + r);
    }
}

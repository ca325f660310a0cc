package eu.csar.it.platform;

import eu.csar.it.support.Api;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The ITs' EAR carries the test-support module at /test-support, open to centre admins only. */
@ExtendWith(ArquillianExtension.class)
class SupportModuleDeploymentIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void aCentreAdminReachesTheTestSupportModule() {
        Api.Response r = Api.get("/test-support/status", Tokens.user("admin"));
        assertEquals(200, r.status(), r.toString());
        assertEquals("{\"testSupport\":\"deployed\"}", r.body().replace(" ", ""));
    }

    @Test
    void anyoneElseIsKeptOut() {
        assertEquals(401, Api.get("/test-support/status", null).status());
        assertEquals(403, Api.get("/test-support/status", Tokens.user("ca-nl")).status());
    }
}

package eu.csar.it.hardening;

import eu.csar.it.support.Api;
import eu.csar.it.support.Browser;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Fixtures;
import eu.csar.it.support.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reading the provider list is a read of protected data and is on the audit trail: one entry per
 * read, over REST and in the portal, with the filter used as its purpose but never the name the
 * reader typed (free text, possibly a person's name).
 */
@ExtendWith(ArquillianExtension.class)
class ListReadAuditIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    static List<Map<String, Object>> listReads(long mark, String actor) {
        return Db.rows("select object_type, object_id, purpose, outcome from audit_entries where seq > ? and actor = ? "
                + "and action = 'PROVIDER_LIST_READ' order by seq", mark, actor);
    }

    @Test
    void aListReadOverRestIsRecordedOnceWithItsFilterButNotTheTypedName() {
        long mark = Fixtures.auditMark();
        Api.Response r = Api.get("/api/v1/providers?status=ACTIVE&name=Jan%20Jansen&size=10", Tokens.user("ca-nl"));
        assertEquals(200, r.status(), r.toString());
        List<Map<String, Object>> reads = listReads(mark, "ca-nl");
        assertEquals(1, reads.size(), reads.toString());
        String purpose = (String) reads.get(0).get("purpose");
        assertTrue(purpose.contains("status=ACTIVE") && purpose.contains("jurisdiction=NL") && purpose.contains("name=given"), purpose);
        assertFalse(purpose.contains("Jansen"), purpose);
        assertEquals("SUCCESS", reads.get(0).get("outcome"));
    }

    @Test
    void theProviderListInThePortalIsRecordedAsARead() {
        long mark = Fixtures.auditMark();
        try (Browser browser = Browser.start()) {
            browser.loginAs("ca-nl", "/portal/registry/providers.xhtml");
            browser.waitUp().until(d -> !d.findElements(By.id("providers:table")).isEmpty());
            browser.waitUp().until(d -> !listReads(mark, "ca-nl").isEmpty());
        }
        List<Map<String, Object>> reads = listReads(mark, "ca-nl");
        assertTrue(((String) reads.get(0).get("purpose")).contains("jurisdiction=NL"), reads.toString());
    }
}

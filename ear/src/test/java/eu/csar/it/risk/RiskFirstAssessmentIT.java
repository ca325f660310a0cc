package eu.csar.it.risk;

import eu.csar.it.support.Api;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Fixtures;
import eu.csar.it.support.Tokens;
import eu.csar.it.support.Tokens.Provider;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The first risk assessment's due date (Art 3(4), first subparagraph; issue 12 §2) on the real stack
 * with the platform's controllable clock: registering a hosting provider starts a deadline
 * {@code risk-assessment.first} (the profile's period from the registration); moved past it, the
 * provider is overdue on its Coordinating Authority's list (not on another Member State's); the
 * SQL-seeded demo providers were caught by the start-up sweep, and a provider's first assessment
 * cancels its deadline.
 */
@ExtendWith(ArquillianExtension.class)
class RiskFirstAssessmentIT {

    static final String FIRST = "/api/v1/risk-reviews/first-assessments";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    static Optional<JsonObject> listed(String token, String providerId) {
        Api.Response r = Api.get(FIRST, token);
        assertEquals(200, r.status(), r.toString());
        return r.jsonArray().getValuesAs(JsonObject.class).stream().filter(f -> providerId.equals(f.getString("providerId")))
                .findFirst();
    }

    static long scheduledFirst(String providerId) {
        return Db.count("select count(*) from deadlines where kind = 'risk-assessment.first' and subject_type = 'RiskFirstAssessment'"
                + " and subject_id = ? and state = 'SCHEDULED'", providerId);
    }

    @Test
    void aRegisteredProviderIsOverdueOnItsAuthoritysListOnceThePeriodHasPassed() {
        Fixtures.NewProvider zeta = Fixtures.provider(Fixtures.unique("Zeta Hosting")).establishedIn("NL").register();
        String id = zeta.id().toString();
        assertEquals(1, scheduledFirst(id), "the registration started the clock");
        assertEquals(1, Db.count("select count(*) from risk_first_assessments f join deadlines d on d.id = f.deadline_id"
                + " where f.provider_id = ?::uuid and d.due_at = f.due_at and f.overdue_since is null and f.met_at is null", id),
                "the row and its deadline agree on the due date");
        assertEquals(1, Db.count("select count(*) from audit_events where action = 'RISK_FIRST_ASSESSMENT_STARTED' and object_id = ?", id));

        JsonObject before = listed(Tokens.user("ca-nl"), id).orElseThrow(() -> new AssertionError("not on the NL list"));
        assertFalse(before.containsKey("overdueSince") && !before.isNull("overdueSince"), before.toString());
        assertTrue(listed(Tokens.user("ca-de"), id).isEmpty(), "another Member State's authority does not see it");
        assertEquals(403, Api.get(FIRST, Tokens.provider(Provider.ALPHA)).status());

        String admin = Tokens.user("admin");
        try {
            Api.Response advanced = Api.postJson("/test-support/clock/advance", "{\"by\":\"P14W\"}", admin);
            assertEquals(200, advanced.status(), advanced.toString());
            JsonObject after = listed(Tokens.user("ca-nl"), id).orElseThrow(() -> new AssertionError("gone from the NL list"));
            assertEquals(after.getString("dueAt"), after.getString("overdueSince"), "overdue since its due date: " + after);
            assertEquals(1, Db.count("select count(*) from risk_first_assessments where provider_id = ?::uuid"
                    + " and overdue_since is not null", id));
            assertEquals(1, Db.count("select count(*) from audit_events where action = 'RISK_FIRST_ASSESSMENT_OVERDUE'"
                    + " and object_id = ?", id));
            List<JsonObject> all = Api.get(FIRST, Tokens.user("ca-nl")).jsonArray().getValuesAs(JsonObject.class);
            boolean seenNotOverdue = false;
            for (JsonObject f : all) {
                boolean overdue = f.containsKey("overdueSince") && !f.isNull("overdueSince");
                assertFalse(overdue && seenNotOverdue, "overdue first: " + all);
                seenNotOverdue |= !overdue;
            }
        } finally {
            Api.post("/test-support/clock/reset", "", admin);
        }
    }

    @Test
    void theSeededProvidersWereCaughtByTheSweepAndAFirstAssessmentCancelsTheDeadline() {
        String gamma = Provider.GAMMA.providerId.toString();
        assertEquals(1, Db.count("select count(*) from risk_first_assessments where provider_id = ?::uuid", gamma),
                "the start-up sweep started the clock of the SQL-seeded provider");
        Api.Response submitted = RiskAssessmentIT.post(RiskAssessmentIT.OWN, RiskAssessmentIT.report("COM-2022-209", null),
                Tokens.provider(Provider.GAMMA));
        assertEquals(201, submitted.status(), submitted.toString());
        assertEquals(0, scheduledFirst(gamma), "no first-assessment deadline runs any more");
        assertEquals(1, Db.count("select count(*) from risk_first_assessments where provider_id = ?::uuid and met_at is not null"
                + " and met_by is not null", gamma));
    }
}

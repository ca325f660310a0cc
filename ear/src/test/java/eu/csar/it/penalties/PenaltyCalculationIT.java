package eu.csar.it.penalties;

import eu.csar.it.support.Api;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Tokens;
import eu.csar.it.support.Tokens.Provider;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The penalty calculator over REST on the real stack (Art 35): a Coordinating Authority gets the caps
 * of the shipped legal profile with each step, at the cap is allowed and one cent above it is a 400
 * naming the field and the Article; bad input is a 400 naming its field, never a 500; other roles 403.
 */
@ExtendWith(ArquillianExtension.class)
class PenaltyCalculationIT {

    static final String PATH = "/api/v1/penalties/calculations";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    static Api.Response ask(String body, String token) {
        return Api.postJson(PATH, body, token);
    }

    @Test
    void aFineAtTheSixPercentCapOfTheShippedProfileIsAllowedAndOneCentMoreIsRefusedWithTheArticle() {
        String ca = Tokens.user("ca-nl");
        Api.Response at = ask("""
                {"kind": "INFRINGEMENT", "annualTurnover": 250000000, "proposedAmount": "15000000.00"}""", ca);
        assertEquals(200, at.status(), at.toString());
        JsonObject c = at.json();
        // the newest version: other tests import later ones of COM-2022-209 with the same caps
        assertTrue(c.getString("profile").startsWith("COM-2022-209 v"), c.toString());
        assertEquals("Art 35(4), first subparagraph", c.getString("article"));
        assertEquals(0, new BigDecimal("15000000.00").compareTo(c.getJsonNumber("cap").bigDecimalValue()));
        List<JsonObject> steps = c.getJsonArray("steps").getValuesAs(JsonObject.class);
        assertEquals("6% of EUR 250000000.00 = EUR 15000000.00 (rounded down to the cent)", steps.get(1).getString("text"));
        assertEquals("penStep.capAmountFine", steps.get(1).getString("key"));
        assertEquals(List.of("6%", "EUR 250000000.00", "EUR 15000000.00"), steps.get(1).getJsonArray("arguments")
                .getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
        assertEquals("Proposed: EUR 15000000.00, at the cap", steps.get(2).getString("text"));
        assertTrue(at.header("Cache-Control").orElse("").contains("no-store"), at.toString());

        Api.Response over = ask("""
                {"kind": "INFRINGEMENT", "annualTurnover": 250000000, "proposedAmount": "15000000.01"}""", ca);
        assertEquals(400, over.status(), over.toString());
        JsonObject problem = over.json();
        assertEquals("proposedAmount", problem.getJsonArray("violations").getJsonObject(0).getString("field"));
        assertTrue(over.body().contains("exceeds the cap of EUR 15000000.00: 6% of the annual worldwide turnover of the preceding "
                + "business year (Art 35(4), first subparagraph)"), over.body());
    }

    @Test
    void wrongInformationAndPeriodicPenaltiesHaveTheirOwnCapsAndTheCouncilProfileCanBeNamed() {
        String ca = Tokens.user("ca-de");
        Api.Response information = ask("""
                {"kind": "INCORRECT_INFORMATION", "annualTurnover": "250000000", "proposedAmount": 2500000.01}""", ca);
        assertEquals(400, information.status(), information.toString());
        assertTrue(information.body().contains("cap of EUR 2500000.00") && information.body().contains("Art 35(4), second subparagraph"),
                information.body());

        Api.Response periodic = ask("""
                {"kind": "PERIODIC", "annualTurnover": 366000000, "businessYearDays": 366, "proposedAmount": 50000,
                 "days": 10, "profile": "COUNCIL-GA-2025"}""", ca);
        assertEquals(200, periodic.status(), periodic.toString());
        JsonObject p = periodic.json();
        assertTrue(p.getString("profile").startsWith("COUNCIL-GA-2025 v"), p.toString());
        assertEquals("Art 35(5)", p.getString("article"));
        assertEquals(0, new BigDecimal("1000000.00").compareTo(p.getJsonNumber("averageDailyTurnover").bigDecimalValue()));
        assertEquals(0, new BigDecimal("500000.00").compareTo(p.getJsonNumber("maximumTotal").bigDecimalValue()));

        Api.Response perDayOver = ask("""
                {"kind": "PERIODIC", "annualTurnover": 366000000, "businessYearDays": 366, "proposedAmount": 50000.01, "days": 10}""",
                ca);
        assertEquals(400, perDayOver.status(), perDayOver.toString());
        assertTrue(perDayOver.body().contains("per day (Art 35(5))"), perDayOver.body());
    }

    @Test
    void badInputIsA400NamingItsFieldAndOtherRolesAreForbidden() {
        String ca = Tokens.user("ca-nl");
        for (String[] bad : new String[][] {
                {"{\"kind\": \"FINE\", \"annualTurnover\": 1, \"proposedAmount\": 1}", "kind"},
                {"{\"kind\": \"INFRINGEMENT\", \"annualTurnover\": \"a lot\", \"proposedAmount\": 1}", "annualTurnover"},
                {"{\"kind\": \"INFRINGEMENT\", \"annualTurnover\": 100, \"proposedAmount\": 0.001}", "proposedAmount"},
                {"{\"kind\": \"INFRINGEMENT\", \"annualTurnover\": -5, \"proposedAmount\": 0}", "annualTurnover"},
                {"{\"kind\": \"INFRINGEMENT\", \"annualTurnover\": 100, \"proposedAmount\": 1, \"days\": 3}", "days"},
                {"{\"kind\": \"PERIODIC\", \"annualTurnover\": 100, \"proposedAmount\": 1}", "days"},
                {"{\"kind\": \"PERIODIC\", \"annualTurnover\": 100, \"proposedAmount\": 0, \"days\": 1, \"businessYearDays\": 360}",
                        "businessYearDays"},
                {"{\"kind\": \"INFRINGEMENT\", \"annualTurnover\": 1e30, \"proposedAmount\": 1}", "annualTurnover"},
                {"{\"kind\": \"INFRINGEMENT\", \"annualTurnover\": 100, \"proposedAmount\": 1, \"profile\": \"NO-SUCH-LAW\"}",
                        "profile"}}) {
            Api.Response answer = ask(bad[0], ca);
            assertEquals(400, answer.status(), bad[0] + " -> " + answer);
            assertEquals(List.of(bad[1]), answer.json().getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                    .map(v -> v.getString("field")).toList(), bad[0] + " -> " + answer);
        }
        Api.Response malformed = ask("{\"kind\": ", ca);
        assertEquals(400, malformed.status(), malformed.toString());

        String body = "{\"kind\": \"INFRINGEMENT\", \"annualTurnover\": 100, \"proposedAmount\": 1}";
        assertEquals(403, ask(body, Tokens.user("reviewer")).status());
        assertEquals(403, ask(body, Tokens.provider(Provider.GAMMA)).status());
        assertEquals(401, ask(body, null).status());
    }
}

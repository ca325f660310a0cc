package eu.csar.load;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/** The public register without a login (GET /api/public/register): {@code users} readers for {@code seconds}. */
public class PublicRegisterSimulation extends MeasuredSimulation {

    private final HttpProtocolBuilder protocol = http.baseUrl(LoadSetup.BASE_URL)
            .acceptHeader("application/json")
            .shareConnections();

    private final ScenarioBuilder readers = scenario("public register read")
            .during(LoadSetup.DURATION).on(exec(http("public register").get("/api/public/register").check(status().is(200))));

    {
        setUp(readers.injectClosed(constantConcurrentUsers(LoadSetup.USERS).during(1))).protocols(protocol);
    }
}

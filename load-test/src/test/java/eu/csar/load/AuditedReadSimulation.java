package eu.csar.load;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.util.List;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Audited reads: {@code users} readers open a provider's entry (GET /api/v1/providers/{id} as the
 * demo admin) again and again for {@code seconds}; each read writes its audit entry.
 */
public class AuditedReadSimulation extends MeasuredSimulation {

    private final String token = LoadSetup.token("admin");
    private final List<String> providers = LoadSetup.registerProviders(token, 1);

    private final HttpProtocolBuilder protocol = http.baseUrl(LoadSetup.BASE_URL)
            .acceptHeader("application/json")
            .authorizationHeader("Bearer " + token)
            .shareConnections();

    private final ScenarioBuilder readers = scenario("audited read")
            .during(LoadSetup.DURATION).on(
                    exec(http("provider read").get("/api/v1/providers/" + providers.get(0))
                            .check(status().is(200))));

    {
        setUp(readers.injectClosed(constantConcurrentUsers(LoadSetup.USERS).during(1))).protocols(protocol);
    }
}

package eu.csar.load;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Audited writes: each virtual user amends its own provider (PUT /api/v1/providers/{id} as the demo
 * admin) again and again with the version the previous answer gave, changing the point of contact
 * each time, so that every write is the full path: load, optimistic check, update, audit entry,
 * and a notification to the competent authority. Closed model: {@code users} writers for
 * {@code seconds}, each on one keep-alive connection.
 */
public class AuditedWriteSimulation extends MeasuredSimulation {

    private final String token = LoadSetup.token("admin");
    private final List<String> providers = LoadSetup.registerProviders(token, LoadSetup.USERS);
    private final Iterator<Map<String, Object>> feeder = providers.stream()
            .map(id -> Map.<String, Object>of("providerId", id, "name", "Load " + LoadSetup.RUN_TAG + " " + providers.indexOf(id)))
            .iterator();

    private final HttpProtocolBuilder protocol = http.baseUrl(LoadSetup.BASE_URL)
            .acceptHeader("application/json")
            .authorizationHeader("Bearer " + token)
            .shareConnections(); // keep-alive pool; never more connections than users

    private final ScenarioBuilder writers = scenario("audited write")
            .feed(feeder)
            .exec(http("read version").get("/api/v1/providers/#{providerId}")
                    .check(status().is(200), jsonPath("$.version").ofLong().saveAs("version")))
            .exec(session -> session.set("n", 0))
            .during(LoadSetup.DURATION).on(
                    exec(session -> session.set("n", session.getInt("n") + 1))
                    .exec(http("provider update").put("/api/v1/providers/#{providerId}")
                            .header("Content-Type", "application/json")
                            .body(StringBody(session -> LoadSetup.profile(session.getString("name"),
                                    "contact-" + session.getInt("n") + "@" + LoadSetup.RUN_TAG + ".example",
                                    session.getLong("version"))))
                            .check(status().is(200), jsonPath("$.version").ofLong().saveAs("version"))));

    {
        setUp(writers.injectClosed(constantConcurrentUsers(LoadSetup.USERS).during(1)))
                .protocols(protocol);
    }
}

package eu.csar.load;

import eu.csar.load.ReportingProviders.Hashes;
import eu.csar.load.ReportingProviders.ReportingProvider;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pace;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Report intake under load (issue 11 §5-6), three populations side by side for {@code seconds}:
 * <ul>
 *   <li>{@code users} providers' machines submitting hashes-only reports in one call
 *       ({@code POST /api/v1/reports/complete}): a random id, a PDQ hash and an MD5, one in twenty
 *       urgent, signed (ES256) over the canonical document the simulation writes, a fresh
 *       {@code Idempotency-Key} per call;</li>
 *   <li>{@code stepUsers} (default a quarter of {@code users}, at least one) taking the three-step
 *       path: open, attach the two hashes, finish with a signature over the {@code signingInput} the
 *       attach answer gives;</li>
 *   <li>{@code reviewers} (default 1) each deciding about one report every {@code reviewPaceMs}
 *       (default 200 ms): claim and forward to NL and Europol through the review API, so that
 *       deliveries to the demo LEA receiver run as they would in production.</li>
 * </ul>
 * Every provider user is one of {@code providers} (default 8) providers registered in the set-up,
 * each with its own signing key and machine client ({@link ReportingProviders}); the reviewer is the
 * demo user {@code reviewer}. Every answer's status and body are checked (state, id). Closed model,
 * each user on its own keep-alive connection. Triage (a job per finished report) and the deliveries
 * run in the server behind the answers; bin/load samples their queues.
 */
public class ReportIntakeSimulation extends MeasuredSimulation {

    private static final int STEP_USERS = Integer.getInteger("stepUsers", Math.max(1, LoadSetup.USERS / 4));
    private static final int REVIEWERS = Integer.getInteger("reviewers", 1);
    private static final Duration REVIEW_PACE = Duration.ofMillis(Integer.getInteger("reviewPaceMs", 200));
    /** Reports waiting for a reviewer, at most this many (the rest stay FINISHED, as on a busy day). */
    private static final int REVIEW_BACKLOG = 1_000;

    private final List<ReportingProvider> providers = ReportingProviders.register(Integer.getInteger("providers", 8));
    private final String reviewerToken = LoadSetup.token("reviewer");
    private final Queue<String> toReview = new ConcurrentLinkedQueue<>();
    private final AtomicInteger nextProvider = new AtomicInteger();

    private final HttpProtocolBuilder protocol = http.baseUrl(LoadSetup.BASE_URL)
            .acceptHeader("application/json")
            .contentTypeHeader("application/json")
            .shareConnections(); // keep-alive pool; never more connections than users

    /** Gives each virtual user one provider, in turn. */
    private Iterator<Map<String, Object>> providerFeeder() {
        return Stream.generate(() -> Map.<String, Object>of("provider", providers.get(nextProvider.getAndIncrement() % providers.size())))
                .iterator();
    }

    private static ReportingProvider provider(Session session) {
        return (ReportingProvider) session.get("provider");
    }

    private static String bearer(Session session) {
        return "Bearer " + provider(session).token();
    }

    private static String idempotencyKey(Session session) {
        return UUID.randomUUID().toString();
    }

    /** Offers the report just finished to the reviewers; not one whose submission failed (it may not exist). */
    private Session offerForReview(Session session) {
        if (!session.isFailed() && session.contains("reportId") && toReview.size() < REVIEW_BACKLOG) {
            toReview.offer(session.getString("reportId"));
        }
        return session;
    }

    private final ChainBuilder oneCall = exec(session -> {
                String id = UUID.randomUUID().toString();
                return session.markAsSucceeded().set("reportId", id).set("body", ReportingProviders.completeBody(provider(session), id, Hashes.random()));
            })
            .exec(http("one-call report").post("/api/v1/reports/complete")
                    .header("Authorization", ReportIntakeSimulation::bearer)
                    .header("Idempotency-Key", ReportIntakeSimulation::idempotencyKey)
                    .body(StringBody("#{body}"))
                    .check(status().is(201), jsonPath("$.id").isEL("#{reportId}"), jsonPath("$.state").is("FINISHED")))
            .exec(this::offerForReview);

    private final ChainBuilder threeSteps = exec(session -> session.markAsSucceeded().remove("reportId").set("hashes", Hashes.random()))
            .exec(http("open report").post("/api/v1/reports")
                    .header("Authorization", ReportIntakeSimulation::bearer)
                    .header("Idempotency-Key", ReportIntakeSimulation::idempotencyKey)
                    .body(StringBody(session -> ReportingProviders.openBody(((Hashes) session.get("hashes")).urgent())))
                    .check(status().is(201), jsonPath("$.state").is("OPEN"), jsonPath("$.id").saveAs("reportId")))
            .exec(http("attach evidence").post("/api/v1/reports/#{reportId}/evidence")
                    .header("Authorization", ReportIntakeSimulation::bearer)
                    .header("Idempotency-Key", ReportIntakeSimulation::idempotencyKey)
                    .body(StringBody(session -> "{\"items\":" + ((Hashes) session.get("hashes")).items() + "}"))
                    .check(status().is(200), jsonPath("$.state").is("OPEN"), jsonPath("$.evidence[1].value").exists(),
                            jsonPath("$.signingInput").saveAs("document")))
            .exec(http("finish report").post("/api/v1/reports/#{reportId}/finish")
                    .header("Authorization", ReportIntakeSimulation::bearer)
                    .header("Idempotency-Key", ReportIntakeSimulation::idempotencyKey)
                    .body(StringBody(session -> "{\"signature\":\"" + provider(session).sign(session.getString("document")) + "\"}"))
                    .check(status().is(200), jsonPath("$.id").isEL("#{reportId}"), jsonPath("$.state").is("FINISHED")))
            .exec(this::offerForReview);

    private final ChainBuilder decision = exec(session -> {
                String id = toReview.poll();
                return id == null ? session.remove("reportId") : session.set("reportId", id);
            })
            .doIfOrElse(session -> session.contains("reportId")).then(
                    exec(http("claim").post("/api/v1/review/reports/#{reportId}/claim")
                            .header("Authorization", "Bearer " + reviewerToken)
                            .check(status().is(200), jsonPath("$.id").isEL("#{reportId}"), jsonPath("$.state").is("IN_REVIEW"),
                                    jsonPath("$.claimedBy").exists()))
                    .exec(http("forward").post("/api/v1/review/reports/#{reportId}/forward")
                            .header("Authorization", "Bearer " + reviewerToken)
                            .body(StringBody("{\"memberStates\":[\"NL\"],\"europol\":true}"))
                            .check(status().is(200), jsonPath("$.id").isEL("#{reportId}"), jsonPath("$.state").is("FORWARD_DECIDED"))))
            .orElse(pause(Duration.ofMillis(100)));

    private final ScenarioBuilder oneCallProviders = scenario("one-call providers")
            .feed(providerFeeder())
            .during(LoadSetup.DURATION).on(oneCall);

    private final ScenarioBuilder stepProviders = scenario("open-attach-finish providers")
            .feed(providerFeeder())
            .during(LoadSetup.DURATION).on(threeSteps);

    private final ScenarioBuilder reviewers = scenario("reviewers")
            .during(LoadSetup.DURATION).on(pace(REVIEW_PACE).exec(decision));

    {
        setUp(oneCallProviders.injectClosed(constantConcurrentUsers(LoadSetup.USERS).during(1)),
                stepProviders.injectClosed(constantConcurrentUsers(STEP_USERS).during(1)),
                reviewers.injectClosed(constantConcurrentUsers(REVIEWERS).during(1)))
                .protocols(protocol);
    }
}

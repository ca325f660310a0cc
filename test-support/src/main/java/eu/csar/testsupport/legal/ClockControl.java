package eu.csar.testsupport.legal;

import eu.csar.legal.api.DeadlineWasReached;
import eu.csar.legal.api.LegalPeriod;
import eu.csar.legal.application.DeadlineSweep;
import eu.csar.legal.application.PlatformClock;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The clock control of tests and demonstrations, at {@code /test-support/clock}:
 * <ul>
 * <li>{@code GET} the platform's "now" and how far it was moved;</li>
 * <li>{@code POST advance} with {@code {"by":"PT25H"}} (any ISO duration, or a legal period such as
 *     {@code P3M}, counted on the calendar from now) moves the clock forward and runs the deadline
 *     sweep at once, answering what was reached;</li>
 * <li>{@code POST reset} moves it back to the system time.</li>
 * </ul>
 */
@Path("clock")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ClockControl {

    @Inject
    PlatformClock clock;

    @Inject
    ClockMover mover;

    @Inject
    DeadlineSweep sweep;

    @GET
    @RolesAllowed("centre-admin")
    public Map<String, Object> now() {
        return Map.of("now", clock.now().toString(), "offset", clock.offset().toString());
    }

    @POST
    @Path("advance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("centre-admin")
    public Response advance(JsonObject body) {
        Duration by;
        try {
            by = duration(body == null ? null : body.getString("by", null));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return DeadlineStandIn.problem(400, e.getMessage());
        }
        if (by.isNegative() || by.isZero()) {
            return DeadlineStandIn.problem(400, "the clock only moves forward");
        }
        Instant[] now = new Instant[1];
        Duration step = by;
        List<DeadlineWasReached> reached = sweep.sweepAfter(() -> now[0] = mover.advance(step));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("now", now[0].toString());
        answer.put("offset", clock.offset().toString());
        answer.put("reached", reached.stream().map(ClockControl::reached).toList());
        return Response.ok(answer).build();
    }

    @POST
    @Path("reset")
    @RolesAllowed("centre-admin")
    public Map<String, Object> reset() {
        return Map.of("now", mover.reset().toString(), "offset", clock.offset().toString());
    }

    /** {@code PT25H}, {@code P2D} (as 48 hours) or a legal period such as {@code P3M} counted on the calendar from now. */
    private Duration duration(String by) {
        if (by == null) {
            throw new IllegalArgumentException("say how far: {\"by\":\"PT25H\"}");
        }
        if (by.matches("P[0-9]+[WMY]")) {
            Instant now = clock.now();
            return Duration.between(now, LegalPeriod.parse(by).after(now));
        }
        return Duration.parse(by);
    }

    static Map<String, Object> reached(DeadlineWasReached r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("deadline", r.deadline().toString());
        m.put("kind", r.kind());
        m.put("subjectType", r.subject().type());
        m.put("subjectId", r.subject().id());
        m.put("occasion", r.occasion().name());
        m.put("due", r.due().toString());
        m.put("at", r.at().toString());
        return m;
    }
}

package eu.csar.testsupport.legal;

import eu.csar.legal.api.DeadlineId;
import eu.csar.legal.api.DeadlinePlan;
import eu.csar.legal.api.DeadlineSubject;
import eu.csar.legal.api.DeadlineView;
import eu.csar.legal.api.LegalPeriod;
import eu.csar.legal.api.ProfileRef;
import eu.csar.legal.application.DeadlineService;
import eu.csar.shared.domain.RuleViolationException;
import eu.csar.shared.domain.UnknownObjectException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A stand-in workflow at {@code /test-support/deadlines}, until real workflows schedule deadlines:
 * it calls {@link DeadlineService} as a workflow would.
 * <ul>
 * <li>{@code POST /deadlines} {@code {"kind":"...","subjectType":"...","subjectId":"...","profileId":"COM-2022-209",
 *     "profileVersion":1,"period":"PT24H" | "profileKey":"removal-order.execution-period","start":"ISO instant"?,
 *     "reminderBefore":"PT2H"?,"escalateAfter":"PT1H"?,"escalateTo":"..."?}} schedules (201);</li>
 * <li>{@code GET /deadlines/{subjectType}/{subjectId}} lists a case's deadlines;</li>
 * <li>{@code POST /deadlines/{id}/pause|resume|restart|cancel|escalate} {@code {"reason":"..."}} and
 *     {@code POST /deadlines/{id}/extend} {@code {"by":"P6W","allowed":2}} move one.</li>
 * </ul>
 */
@Path("deadlines")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DeadlineStandIn {

    @Inject
    DeadlineService deadlines;

    @Inject
    ProfilePeriods periods;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("centre-admin")
    public Response schedule(JsonObject body) {
        return answer(201, () -> {
            String profileId = body.getString("profileId", "COM-2022-209");
            ProfileRef profile = body.containsKey("profileVersion")
                    ? new ProfileRef(profileId, body.getInt("profileVersion")) : periods.pin(profileId);
            String key = body.getString("profileKey", null);
            LegalPeriod period = body.containsKey("period") ? LegalPeriod.parse(body.getString("period"))
                    : periods.period(profile, key).orElseThrow(() -> new IllegalArgumentException(
                    "give the period, or a profile key this deployment can resolve (not " + key + ")"));
            DeadlinePlan plan = new DeadlinePlan(key != null ? key : body.getString("kind"),
                    new DeadlineSubject(body.getString("subjectType"), body.getString("subjectId")), profile, period,
                    body.containsKey("start") ? Instant.parse(body.getString("start")) : null,
                    optionalPeriod(body, "reminderBefore"), optionalPeriod(body, "escalateAfter"),
                    body.getString("escalateTo", null));
            return deadlines.schedule(plan);
        });
    }

    @GET
    @Path("{subjectType}/{subjectId}")
    @RolesAllowed("centre-admin")
    public Response forSubject(@PathParam("subjectType") String type, @PathParam("subjectId") String id) {
        return answer(200, () -> deadlines.forSubject(new DeadlineSubject(type, id)).stream().map(DeadlineStandIn::json).toList());
    }

    @POST
    @Path("{id}/{move:pause|resume|restart|cancel|escalate}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("centre-admin")
    public Response move(@PathParam("id") String id, @PathParam("move") String move, JsonObject body) {
        return answer(200, () -> {
            DeadlineId deadline = DeadlineId.of(id);
            String reason = body == null ? null : body.getString("reason", null);
            return switch (move) {
                case "pause" -> deadlines.pause(deadline, reason);
                case "resume" -> deadlines.resume(deadline, reason);
                case "restart" -> deadlines.restart(deadline, reason);
                case "cancel" -> deadlines.cancel(deadline, reason);
                default -> deadlines.escalate(deadline, reason);
            };
        });
    }

    @POST
    @Path("{id}/extend")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("centre-admin")
    public Response extend(@PathParam("id") String id, JsonObject body) {
        return answer(200, () -> deadlines.extend(DeadlineId.of(id), LegalPeriod.parse(body.getString("by")),
                body.getInt("allowed", 1), body.getString("reason", null)));
    }

    private static LegalPeriod optionalPeriod(JsonObject body, String name) {
        return body.containsKey(name) ? LegalPeriod.parse(body.getString(name)) : null;
    }

    /** The work's result as JSON with {@code status}, or a problem: 400 bad input, 404 unknown, 409 a rule. */
    private static Response answer(int status, Supplier<Object> work) {
        try {
            Object result = work.get();
            return Response.status(status).entity(result instanceof DeadlineView v ? json(v) : result).build();
        } catch (UnknownObjectException e) {
            return problem(404, e.getMessage());
        } catch (RuleViolationException e) {
            return problem(409, e.getMessage());
        } catch (IllegalArgumentException | NullPointerException | ClassCastException | DateTimeParseException
                 | ConstraintViolationException e) {
            return problem(400, String.valueOf(e.getMessage()));
        } catch (EJBException e) {
            return problem(500, String.valueOf(e.getMessage()));
        }
    }

    static Response problem(int status, String detail) {
        return Response.status(status).type("application/problem+json")
                .entity(Map.of("status", status, "title", "test-support request refused", "detail", detail)).build();
    }

    static Map<String, Object> json(DeadlineView v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", v.id().toString());
        m.put("kind", v.kind());
        m.put("subjectType", v.subject().type());
        m.put("subjectId", v.subject().id());
        m.put("profileId", v.profile().profileId());
        m.put("profileVersion", v.profile().version());
        m.put("rule", v.rule());
        m.put("startedAt", v.startedAt().toString());
        m.put("dueAt", v.dueAt().toString());
        m.put("state", v.state().name());
        if (v.remaining() != null) {
            m.put("remaining", v.remaining().toString());
        }
        if (v.reminderAt() != null) {
            m.put("reminderAt", v.reminderAt().toString());
        }
        if (v.escalateAt() != null) {
            m.put("escalateAt", v.escalateAt().toString());
        }
        m.put("escalationLevel", v.escalationLevel());
        m.put("extensions", v.extensions());
        return m;
    }
}

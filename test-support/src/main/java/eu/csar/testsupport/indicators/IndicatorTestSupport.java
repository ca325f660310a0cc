package eu.csar.testsupport.indicators;

import eu.csar.indicators.application.FloodRule;
import eu.csar.indicators.application.MatchIndex;
import eu.csar.indicators.application.MatchSettings;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The controls of match as a service for tests, load tests and demos, centre admins only:
 * <ul>
 * <li>{@code POST /test-support/indicators} with {@code {"set":"known-images","count":N,"seed":S,"clusterSize":10}}:
 *     N synthetic ACTIVE PDQ indicators, answering the count, the change seq and up to 20 samples
 *     ({@code id}, {@code value}, and a {@code nearDuplicate} 6 bits away, not inserted);</li>
 * <li>{@code POST /test-support/indicators/{id}/retire}: the indicator stops matching (REMOVE on the feed);</li>
 * <li>{@code POST /test-support/indicators/match-settings} with any of {@code hashesPerSecond},
 *     {@code burst}, {@code floodWindowDays}, {@code floodBaselineDays}, {@code floodFactor}, {@code floodMinCount};</li>
 * <li>{@code GET /test-support/indicators/index}: this node's match index (loaded, applied seq, size,
 *     PDQ hashes still in the brute-force delta);</li>
 * <li>{@code POST /test-support/indicators/index/compact}: folds the deltas now, so a load test
 *     measures the index as after a fresh start.</li>
 * </ul>
 */
@Path("indicators")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorTestSupport {

    @Inject
    SyntheticIndicators synthetic;

    @Inject
    MatchSettings settings;

    @Inject
    MatchIndex index;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("centre-admin")
    public Response insert(JsonObject body) {
        try {
            JsonObject b = body == null ? jakarta.json.Json.createObjectBuilder().build() : body;
            SyntheticIndicators.Inserted inserted = synthetic.insert(b.getString("set", "known-images"), b.getInt("count", 10),
                    b.getJsonNumber("seed") == null ? 1L : b.getJsonNumber("seed").longValue(), b.getInt("clusterSize", 10));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("count", inserted.count());
            out.put("upToSeq", inserted.upToSeq());
            out.put("samples", inserted.samples());
            return Response.ok(out).build();
        } catch (IllegalArgumentException | ClassCastException e) {
            return problem(400, String.valueOf(e.getMessage()));
        } catch (SQLException e) {
            return problem(500, e.getMessage());
        }
    }

    @POST
    @Path("{id}/retire")
    @RolesAllowed("centre-admin")
    public Response retire(@PathParam("id") String id) {
        try {
            boolean retired = synthetic.retire(UUID.fromString(id), "retired through test-support");
            return retired ? Response.ok(Map.of("retired", true)).build() : problem(409, "not ACTIVE");
        } catch (IllegalArgumentException e) {
            return problem(400, e.getMessage());
        } catch (SQLException e) {
            return problem(500, e.getMessage());
        }
    }

    @POST
    @Path("match-settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("centre-admin")
    public Response matchSettings(JsonObject body) {
        try {
            if (body.containsKey("hashesPerSecond") || body.containsKey("burst")) {
                settings.limit(body.getJsonNumber("hashesPerSecond") == null ? settings.limiter().perSecond()
                                : body.getJsonNumber("hashesPerSecond").longValue(),
                        body.getJsonNumber("burst") == null ? settings.limiter().burst() : body.getJsonNumber("burst").longValue());
            }
            FloodRule f = settings.flood();
            settings.flood(new FloodRule(body.getInt("floodWindowDays", f.windowDays()), body.getInt("floodBaselineDays", f.baselineDays()),
                    body.getJsonNumber("floodFactor") == null ? f.factor() : body.getJsonNumber("floodFactor").doubleValue(),
                    body.getJsonNumber("floodMinCount") == null ? f.minCount() : body.getJsonNumber("floodMinCount").longValue()));
            return Response.ok(current()).build();
        } catch (IllegalArgumentException | ClassCastException | NullPointerException e) {
            return problem(400, String.valueOf(e.getMessage()));
        }
    }

    @GET
    @Path("index")
    @RolesAllowed("centre-admin")
    public Map<String, Object> index() {
        Map<String, Object> out = current();
        out.put("loaded", index.loaded());
        out.put("appliedSeq", index.appliedSeq());
        out.put("size", index.size());
        out.put("pdqDelta", index.pdqDelta());
        return out;
    }

    @POST
    @Path("index/compact")
    @RolesAllowed("centre-admin")
    public Map<String, Object> compact() {
        index.compact();
        return index();
    }

    private Map<String, Object> current() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("hashesPerSecond", settings.limiter().perSecond());
        out.put("burst", settings.limiter().burst());
        out.put("flood", settings.flood().toString());
        return out;
    }

    private static Response problem(int status, String detail) {
        return Response.status(status).type("application/problem+json")
                .entity(Map.of("type", "about:blank", "status", status, "detail", detail == null ? "" : detail)).build();
    }
}

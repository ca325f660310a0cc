package eu.csar.web.penalties.rest;

import eu.csar.penalties.api.PenaltyCalculation;
import eu.csar.penalties.api.PenaltyKind;
import eu.csar.penalties.api.PenaltyQuestion;
import eu.csar.penalties.application.PenaltyCalculations;
import eu.csar.security.api.Roles;
import eu.csar.web.platform.rest.Inputs;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.util.List;

/**
 * The penalty calculator (Art 35): a Coordinating Authority posts the kind of penalty, the
 * provider's annual worldwide turnover and the amount it proposes, and gets the cap under the legal
 * profile with each step of how it was reached, or a 400 problem naming the field and the Article
 * when the proposal is above the cap. Amounts are euro, as JSON numbers or decimal strings, cents at
 * most. Nothing is stored.
 */
@Tag(name = "Penalties", description = "The caps of Art 35 applied to a proposed penalty")
@APIResponse(responseCode = "default", description = "RFC 9457 problem",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
@Path("v1/penalties/calculations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PenaltyCalculationResource {

    static final int DEFAULT_BUSINESS_YEAR_DAYS = 365;

    @Inject
    PenaltyCalculations calculations;

    public record CalculationDto(String kind, String profile, BigDecimal percent, String article, BigDecimal annualTurnover,
                                 BigDecimal averageDailyTurnover, BigDecimal cap, BigDecimal proposedAmount, Integer days,
                                 BigDecimal maximumTotal, BigDecimal proposedTotal, List<PenaltyStepDto> steps) {
        static CalculationDto of(PenaltyCalculation c) {
            return new CalculationDto(c.kind().name(), c.profile(), c.percent(), c.article(), c.annualTurnover(),
                    c.averageDailyTurnover(), c.cap(), c.proposedAmount(), c.days(), c.maximumTotal(), c.proposedTotal(),
                    PenaltyStepDto.of(c.steps()));
        }
    }

    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    @POST
    @Operation(summary = "Apply the cap of Art 35 to a proposed penalty (Coordinating Authorities): body {kind: INFRINGEMENT | "
            + "INCORRECT_INFORMATION | PERIODIC, annualTurnover, proposedAmount (per day for PERIODIC), days (PERIODIC only), "
            + "businessYearDays (365 or 366, default 365), profile (default COM-2022-209)}; above the cap: 400 naming the Article")
    @APIResponse(responseCode = "200", description = "Within the cap: the cap and how it was reached")
    public Response calculate(JsonObject body) {
        JsonObject b = Inputs.requiredBody(body);
        PenaltyQuestion question = new PenaltyQuestion(Inputs.requiredEnum(PenaltyKind.class, text(b, "kind"), "kind"),
                amount(b, "annualTurnover"), whole(b, "businessYearDays", DEFAULT_BUSINESS_YEAR_DAYS),
                amount(b, "proposedAmount"), b.containsKey("days") && b.get("days") != JsonValue.NULL ? whole(b, "days", 0) : null);
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(CalculationDto.of(calculations.calculate(question, text(b, "profile")))).cacheControl(noStore).build();
    }

    static String text(JsonObject body, String field) {
        return text(body, field, field);
    }

    /** The string at {@code key}, or null; anything else is refused naming {@code field}. */
    static String text(JsonObject body, String key, String field) {
        JsonValue value = body.get(key);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        throw Inputs.invalid(field, "must be a string");
    }

    /** A euro amount, as a JSON number or a decimal string. */
    static BigDecimal amount(JsonObject body, String field) {
        JsonValue value = body.get(field);
        try {
            if (value instanceof JsonNumber n) {
                return n.bigDecimalValue();
            }
            if (value instanceof JsonString s) {
                return new BigDecimal(s.getString().trim());
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal below
        }
        throw Inputs.invalid(field, value == null || value == JsonValue.NULL ? "is required: an amount in euro, e.g. 1250000.00"
                : "must be an amount in euro, e.g. 1250000.00");
    }

    static int whole(JsonObject body, String field, int absent) {
        JsonValue value = body.get(field);
        if (value == null || value == JsonValue.NULL) {
            return absent;
        }
        try {
            if (value instanceof JsonNumber n) {
                return n.intValueExact();
            }
        } catch (ArithmeticException e) {
            // falls through to the refusal below
        }
        throw Inputs.invalid(field, "must be a whole number");
    }
}

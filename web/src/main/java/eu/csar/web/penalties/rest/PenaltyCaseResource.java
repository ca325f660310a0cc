package eu.csar.web.penalties.rest;

import eu.csar.penalties.api.FactorAssessment;
import eu.csar.penalties.api.FactorEntry;
import eu.csar.penalties.api.LinkKind;
import eu.csar.penalties.api.PenaltyCaseId;
import eu.csar.penalties.api.PenaltyCaseState;
import eu.csar.penalties.api.PenaltyKind;
import eu.csar.penalties.application.NewPenaltyCase;
import eu.csar.penalties.application.PenaltyCaseView;
import eu.csar.penalties.application.PenaltyCases;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.ProviderId;
import eu.csar.web.platform.rest.IdempotencyKeys;
import eu.csar.web.platform.rest.Idempotent;
import eu.csar.web.platform.rest.Inputs;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;

import static eu.csar.web.penalties.rest.PenaltyCalculationResource.text;
import static eu.csar.web.penalties.rest.PenaltyCalculationResource.whole;

/**
 * Penalty case files (Art 35), for Coordinating Authorities: open a case against a provider under the
 * caller's jurisdiction (201; another provider 404), read one or the list of the caller's Member State,
 * record the factor checklist of Art 35(6) and the turnover, preview the calculation, decide within the
 * cap (above it: 400 naming the Article, nothing stored), close, withdraw. Another Member State's case
 * is 404, another role 403, bad input a 400 problem naming its field, a move the workflow does not
 * allow now 409. Every answer is {@code Cache-Control: no-store} (a provider's turnover is
 * confidential); writes take an {@code Idempotency-Key}. Amounts are euro, as JSON numbers or decimal
 * strings, cents at most.
 */
@Tag(name = "Penalty cases", description = "Infringement cases of a Coordinating Authority against a provider (Art 35)")
@APIResponse(responseCode = "default", description = "RFC 9457 problem",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
@RequestScoped
@Path("v1/penalties/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PenaltyCaseResource {

    static final int DEFAULT_SIZE = 20;

    @Inject
    PenaltyCases cases;

    @Context
    UriInfo uriInfo;

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    @POST
    @Operation(summary = "Open a case against a provider under the caller's jurisdiction: body {providerId, summary, links: "
            + "[{kind: REMOVAL_ORDER | DETECTION_ORDER | BLOCKING_ORDER | DELISTING_ORDER | REPORT, id}], memberState "
            + "(optional), profile (default COM-2022-209)}")
    @APIResponse(responseCode = "201", description = "Opened")
    public Response open(JsonObject body) {
        JsonObject b = Inputs.requiredBody(body);
        String memberState = text(b, "memberState");
        List<NewPenaltyCase.Link> links = new ArrayList<>();
        JsonArray array = array(b, "links");
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonObject link)) {
                throw Inputs.invalid("links[" + i + "]", "must be an object {kind, id}");
            }
            String field = "links[" + i + "]";
            links.add(new NewPenaltyCase.Link(Inputs.requiredEnum(LinkKind.class, text(link, "kind", field + ".kind"), field + ".kind"),
                    Inputs.uuid(text(link, "id", field + ".id"), field + ".id")));
        }
        PenaltyCaseView c = cases.open(new NewPenaltyCase(memberState == null || memberState.isBlank() ? null
                : Inputs.memberState(memberState, "memberState"), new ProviderId(Inputs.uuid(text(b, "providerId"), "providerId")),
                Inputs.requiredText(text(b, "summary"), "summary"), links, text(b, "profile")));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(c.id().toString()).build())
                .cacheControl(noStore()).entity(PenaltyCaseDto.of(c)).build();
    }

    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    @GET
    @Operation(summary = "The cases of the caller's Member State, newest first; state OPEN, DECIDED, CLOSED or WITHDRAWN "
            + "(default all); paged (page from 0, size 1-100)")
    public Response list(@QueryParam("state") String state, @QueryParam("page") String page, @QueryParam("size") String size) {
        PenaltyCaseState s = Inputs.enumOrNull(PenaltyCaseState.class, state, "state");
        int p = Inputs.integer(page, 0, "page");
        int n = Inputs.integer(size, DEFAULT_SIZE, "size");
        Inputs.firstRow(p, n, 100);
        PenaltyCaseView.Page found = cases.list(s, p, n);
        return ok(new Page(found.items().stream().map(SummaryDto::of).toList(), found.page(), found.size(), found.total()));
    }

    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    @GET
    @Path("{id}")
    @Operation(summary = "One case with its factor checklist, turnover, decision (with the calculator's steps) and history")
    public Response get(@PathParam("id") String id) {
        return ok(PenaltyCaseDto.of(cases.penaltyCase(id(id))));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    @POST
    @Path("{id}/factors")
    @Operation(summary = "Record the assessment of factors of Art 35(6): body {factors: [{factor (one of the profile's "
            + "penalty.factors), assessment: AGGRAVATING | MITIGATING | NEUTRAL | NOT_APPLICABLE, note}]}")
    public Response factors(@PathParam("id") String id, JsonObject body) {
        JsonObject b = Inputs.requiredBody(body);
        JsonArray array = array(b, "factors");
        List<FactorEntry> entries = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String field = "factors[" + i + "]";
            if (!(array.get(i) instanceof JsonObject f)) {
                throw Inputs.invalid(field, "must be an object {factor, assessment, note}");
            }
            entries.add(new FactorEntry(text(f, "factor", field + ".factor"),
                    Inputs.requiredEnum(FactorAssessment.class, text(f, "assessment", field + ".assessment"), field + ".assessment"),
                    text(f, "note", field + ".note")));
        }
        return ok(PenaltyCaseDto.of(cases.recordFactors(id(id), entries)));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    @POST
    @Path("{id}/turnover")
    @Operation(summary = "Record the provider's annual worldwide turnover: body {annualTurnover, businessYear, "
            + "businessYearDays (365 or 366; default that of the calendar year)}")
    public Response turnover(@PathParam("id") String id, JsonObject body) {
        JsonObject b = Inputs.requiredBody(body);
        Integer days = b.containsKey("businessYearDays") && b.get("businessYearDays") != JsonValue.NULL
                ? whole(b, "businessYearDays", 0) : null;
        return ok(PenaltyCaseDto.of(cases.recordTurnover(id(id), PenaltyCalculationResource.amount(b, "annualTurnover"),
                whole(b, "businessYear", 0), days)));
    }

    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    @POST
    @Path("{id}/calculation")
    @Operation(summary = "Preview the calculation of a decision under the case's profile version and turnover, storing "
            + "nothing: body {kind, proposedAmount (per day for PERIODIC), days (PERIODIC only)}; above the cap: 400 naming the Article")
    public Response calculation(@PathParam("id") String id, JsonObject body) {
        JsonObject b = Inputs.requiredBody(body);
        return ok(PenaltyCalculationResource.CalculationDto.of(cases.preview(id(id),
                Inputs.requiredEnum(PenaltyKind.class, text(b, "kind"), "kind"), PenaltyCalculationResource.amount(b, "proposedAmount"),
                days(b))));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    @POST
    @Path("{id}/decision")
    @Operation(summary = "Decide the penalty: body {kind: INFRINGEMENT | INCORRECT_INFORMATION | PERIODIC, proposedAmount "
            + "(per day for PERIODIC), days (PERIODIC only), reasoning}; every factor assessed and the turnover recorded first; "
            + "above the cap of Art 35(4)-(5): 400 naming the Article, nothing stored")
    public Response decide(@PathParam("id") String id, JsonObject body) {
        JsonObject b = Inputs.requiredBody(body);
        PenaltyKind kind = Inputs.requiredEnum(PenaltyKind.class, text(b, "kind"), "kind");
        return ok(PenaltyCaseDto.of(cases.decide(id(id), kind, PenaltyCalculationResource.amount(b, "proposedAmount"), days(b),
                Inputs.requiredText(text(b, "reasoning"), "reasoning"))));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    @POST
    @Path("{id}/closing")
    @Operation(summary = "Close a decided case: body {reason} (optional)")
    public Response close(@PathParam("id") String id, JsonObject body) {
        return ok(PenaltyCaseDto.of(cases.close(id(id), body == null ? null : text(body, "reason"))));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    @POST
    @Path("{id}/withdrawal")
    @Operation(summary = "Withdraw an open case: body {reason}")
    public Response withdraw(@PathParam("id") String id, JsonObject body) {
        JsonObject b = Inputs.requiredBody(body);
        return ok(PenaltyCaseDto.of(cases.withdraw(id(id), Inputs.requiredText(text(b, "reason"), "reason"))));
    }

    /** One page of cases. */
    public record Page(List<SummaryDto> items, int page, int size, long total) {
    }

    /** A line of the list. */
    public record SummaryDto(String id, long version, String caseNumber, String memberState, String providerName, String state,
                             String openedAt, String decisionKind, java.math.BigDecimal decisionTotal) {
        static SummaryDto of(PenaltyCaseView.Summary s) {
            return new SummaryDto(s.id().toString(), s.version(), s.caseNumber(), s.memberState().name(), s.providerName(),
                    s.state().name(), s.openedAt().toString(), s.decisionKind() == null ? null : s.decisionKind().name(),
                    s.decisionTotal());
        }
    }

    private static Response ok(Object entity) {
        return Response.ok(entity).cacheControl(noStore()).build();
    }

    private static CacheControl noStore() {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return noStore;
    }

    private static PenaltyCaseId id(String id) {
        return new PenaltyCaseId(Inputs.uuid(id, "id"));
    }

    private static Integer days(JsonObject b) {
        return b.containsKey("days") && b.get("days") != JsonValue.NULL ? whole(b, "days", 0) : null;
    }

    private static JsonArray array(JsonObject body, String field) {
        JsonValue value = body.get(field);
        if (value == null || value == JsonValue.NULL) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        if (value instanceof JsonArray a) {
            return a;
        }
        throw Inputs.invalid(field, "must be an array");
    }
}

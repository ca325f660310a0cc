package eu.csar.web.technologies.rest;

import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import eu.csar.technologies.api.TechnologyId;
import eu.csar.technologies.api.TechnologyState;
import eu.csar.technologies.api.TechnologyType;
import eu.csar.technologies.application.ApprovedTechnologies;
import eu.csar.technologies.application.NewTechnology;
import eu.csar.technologies.application.TechnologyRegister;
import eu.csar.technologies.application.TechnologyView;
import eu.csar.web.platform.rest.IdempotencyKeys;
import eu.csar.web.platform.rest.Idempotent;
import eu.csar.web.platform.rest.Inputs;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The technology register (Art 50). Centre administrators create entries and move them along the
 * approval path (committee, EDPB, approve, reject, withdraw); administrators and auditors read the
 * full register, with internal notes and opinions. Providers and Coordinating / issuing authorities
 * (and the other Centre staff) read the same paths as the approved list: only APPROVED entries, with
 * version and error rates, no internal notes; any other entry is 404 for them. Another role 403, bad
 * input a 400 problem naming its field, a move the approval path does not allow now 409. Writes take an
 * {@code Idempotency-Key}. A DRAFT's description and error rates are edited with PATCH (409 once it left DRAFT).
 */
@Tag(name = "Technologies", description = "The register of detection technologies and their approval (Art 50)")
@APIResponse(responseCode = "default", description = "RFC 9457 problem",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
@RequestScoped
@Path("v1/technologies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TechnologyResource {

    static final int DEFAULT_SIZE = 50;

    @Inject
    TechnologyRegister register;

    @Inject
    ApprovedTechnologies approved;

    @Inject
    Caller caller;

    @Context
    UriInfo uriInfo;

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.CENTRE_ADMIN)
    @POST
    @Operation(summary = "Create a DRAFT entry (centre admins): body {reference (e.g. TECH-PDQ-2), name, version, type: KNOWN | NEW | "
            + "GROOMING, supplier, description, falsePositiveRate, falseNegativeRate (percent, 0-100), errorRateMethod, "
            + "internalNotes (optional), profile (default COM-2022-209), predecessorReference (optional: the APPROVED entry a new version "
            + "succeeds; same name and type, higher version)}")
    @APIResponse(responseCode = "201", description = "Created")
    public Response create(JsonObject body) {
        JsonObject b = Inputs.requiredBody(body);
        TechnologyView t = register.create(new NewTechnology(Inputs.requiredText(text(b, "reference"), "reference"),
                Inputs.requiredText(text(b, "name"), "name"), Inputs.requiredText(text(b, "version"), "version"),
                Inputs.requiredEnum(TechnologyType.class, text(b, "type"), "type"), Inputs.requiredText(text(b, "supplier"), "supplier"),
                Inputs.requiredText(text(b, "description"), "description"), rate(b, "falsePositiveRate"), rate(b, "falseNegativeRate"),
                Inputs.requiredText(text(b, "errorRateMethod"), "errorRateMethod"), text(b, "internalNotes"), text(b, "profile"),
                text(b, "predecessorReference")));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(t.id().toString()).build())
                .cacheControl(noStore()).entity(TechnologyDto.of(t)).build();
    }

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY,
            Roles.ISSUING_AUTHORITY, Roles.PROVIDER})
    @GET
    @Operation(summary = "Centre admins and auditors: the full register by reference, state filter (default all), paged (page from 0, "
            + "size 1-100). Providers and authorities: the APPROVED entries only, with version and error rates")
    public Response list(@QueryParam("state") String state, @QueryParam("page") String page, @QueryParam("size") String size) {
        if (!readsFullRegister()) {
            return ok(approved.approved().stream().map(TechnologyDto.Approved::of).toList());
        }
        TechnologyState s = Inputs.enumOrNull(TechnologyState.class, state, "state");
        int p = Inputs.integer(page, 0, "page");
        int n = Inputs.integer(size, DEFAULT_SIZE, "size");
        Inputs.firstRow(p, n, 100);
        TechnologyView.Page found = register.list(s, p, n);
        return ok(new Page(found.items().stream().map(SummaryDto::of).toList(), found.page(), found.size(), found.total()));
    }

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY,
            Roles.ISSUING_AUTHORITY, Roles.PROVIDER})
    @GET
    @Path("{id}")
    @Operation(summary = "One entry: in full with its opinions and history (centre admins and auditors), or an APPROVED entry's "
            + "public shape (providers and authorities; any other entry 404)")
    public Response get(@PathParam("id") String id) {
        return readsFullRegister() ? ok(TechnologyDto.of(register.technology(id(id)))) : ok(TechnologyDto.Approved.of(approved.approved(id(id))));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.CENTRE_ADMIN)
    @PATCH
    @Path("{id}")
    @Operation(summary = "Edit a DRAFT (centre admins): body {description, falsePositiveRate, falseNegativeRate (percent, 0-100), "
            + "errorRateMethod}, each optional (an absent field is kept; nothing changed is a 400); an entry no longer a DRAFT 409")
    public Response editDraft(@PathParam("id") String id, JsonObject body) {
        JsonObject b = Inputs.requiredBody(body);
        return ok(TechnologyDto.of(register.editDraft(id(id), text(b, "description"), optionalRate(b, "falsePositiveRate"),
                optionalRate(b, "falseNegativeRate"), text(b, "errorRateMethod"))));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.CENTRE_ADMIN)
    @POST
    @Path("{id}/committee-request")
    @Operation(summary = "Ask the Technology Committee for its opinion (DRAFT): its period (technology.opinion-period) starts now; body {reason} optional")
    public Response submitToCommittee(@PathParam("id") String id, JsonObject body) {
        return ok(TechnologyDto.of(register.submitToCommittee(id(id), body == null ? null : text(body, "reason"))));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.CENTRE_ADMIN)
    @POST
    @Path("{id}/committee-opinion")
    @Operation(summary = "Record the Technology Committee's opinion: body {opinionDate (YYYY-MM-DD), favourable (true/false), opinionReference}")
    public Response committeeOpinion(@PathParam("id") String id, JsonObject body) {
        JsonObject b = Inputs.requiredBody(body);
        return ok(TechnologyDto.of(register.recordCommitteeOpinion(id(id), date(b), flag(b), Inputs.requiredText(text(b, "opinionReference"),
                "opinionReference"))));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.CENTRE_ADMIN)
    @POST
    @Path("{id}/edpb-consultation")
    @Operation(summary = "Ask the EDPB for its opinion (after the committee's): its period starts now; body {reason} optional")
    public Response consultEdpb(@PathParam("id") String id, JsonObject body) {
        return ok(TechnologyDto.of(register.consultEdpb(id(id), body == null ? null : text(body, "reason"))));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.CENTRE_ADMIN)
    @POST
    @Path("{id}/edpb-opinion")
    @Operation(summary = "Record the EDPB's opinion: body {opinionDate (YYYY-MM-DD), favourable (true/false), opinionReference}")
    public Response edpbOpinion(@PathParam("id") String id, JsonObject body) {
        JsonObject b = Inputs.requiredBody(body);
        return ok(TechnologyDto.of(register.recordEdpbOpinion(id(id), date(b), flag(b), Inputs.requiredText(text(b, "opinionReference"),
                "opinionReference"))));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.CENTRE_ADMIN)
    @POST
    @Path("{id}/extension")
    @Operation(summary = "The consulted body extends the awaited opinion's period by technology.opinion-extension, once, before it "
            + "ends: body {reason}")
    public Response extend(@PathParam("id") String id, JsonObject body) {
        JsonObject b = Inputs.requiredBody(body);
        return ok(TechnologyDto.of(register.extendOpinionPeriod(id(id), Inputs.requiredText(text(b, "reason"), "reason"))));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.CENTRE_ADMIN)
    @POST
    @Path("{id}/approval")
    @Operation(summary = "Put the technology on the approved list (both opinions favourable): body {reason} optional")
    public Response approve(@PathParam("id") String id, JsonObject body) {
        return ok(TechnologyDto.of(register.approve(id(id), body == null ? null : text(body, "reason"))));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.CENTRE_ADMIN)
    @POST
    @Path("{id}/rejection")
    @Operation(summary = "Do not list the technology: body {reason}")
    public Response reject(@PathParam("id") String id, JsonObject body) {
        JsonObject b = Inputs.requiredBody(body);
        return ok(TechnologyDto.of(register.reject(id(id), Inputs.requiredText(text(b, "reason"), "reason"))));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.CENTRE_ADMIN)
    @POST
    @Path("{id}/withdrawal")
    @Operation(summary = "Take an approved technology off the list, or abandon a draft: body {reason}")
    public Response withdraw(@PathParam("id") String id, JsonObject body) {
        JsonObject b = Inputs.requiredBody(body);
        return ok(TechnologyDto.of(register.withdraw(id(id), Inputs.requiredText(text(b, "reason"), "reason"))));
    }

    /** One page of the register. */
    public record Page(List<SummaryDto> items, int page, int size, long total) {
    }

    /** A line of the register. */
    public record SummaryDto(String id, String reference, String name, String technologyVersion, String type, String state,
                             String opinionDueAt, boolean opinionOverdue) {
        static SummaryDto of(TechnologyView.Summary s) {
            return new SummaryDto(s.id().toString(), s.reference(), s.name(), s.technologyVersion(), s.type().name(), s.state().name(),
                    TechnologyDto.instant(s.opinionDueAt()), s.opinionOverdue());
        }
    }

    private boolean readsFullRegister() {
        return caller.hasRole(Roles.CENTRE_ADMIN) || caller.hasRole(Roles.CENTRE_AUDITOR);
    }

    private static Response ok(Object entity) {
        CacheControl noStore = noStore();
        return Response.ok(entity).cacheControl(noStore).build();
    }

    private static CacheControl noStore() {
        CacheControl c = new CacheControl();
        c.setNoStore(true);
        return c;
    }

    private static TechnologyId id(String id) {
        return new TechnologyId(Inputs.uuid(id, "id"));
    }

    /** The string at {@code field}, or null; any other JSON value is refused naming the field. */
    static String text(JsonObject body, String field) {
        JsonValue v = body.get(field);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (!(v instanceof JsonString s)) {
            throw Inputs.invalid(field, "must be a string");
        }
        return s.getString();
    }

    /** A rate in percent, a JSON number or a decimal string. */
    static BigDecimal rate(JsonObject body, String field) {
        JsonValue v = body.get(field);
        try {
            if (v instanceof JsonNumber number) {
                return number.bigDecimalValue();
            }
            if (v instanceof JsonString s) {
                return new BigDecimal(s.getString().trim());
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw Inputs.invalid(field, "is required: a rate in percent from 0 to 100, e.g. 0.25");
    }

    /** A rate in percent if the body has one at {@code field}; null if absent. */
    static BigDecimal optionalRate(JsonObject body, String field) {
        JsonValue v = body.get(field);
        return v == null || v == JsonValue.NULL ? null : rate(body, field);
    }

    static LocalDate date(JsonObject body) {
        String text = text(body, "opinionDate");
        try {
            return LocalDate.parse(Inputs.requiredText(text, "opinionDate").trim());
        } catch (DateTimeParseException e) {
            throw Inputs.invalid("opinionDate", "must be a date YYYY-MM-DD");
        }
    }

    static Boolean flag(JsonObject body) {
        JsonValue v = body.get("favourable");
        if (v != null && (v.getValueType() == JsonValue.ValueType.TRUE || v.getValueType() == JsonValue.ValueType.FALSE)) {
            return v.getValueType() == JsonValue.ValueType.TRUE;
        }
        throw Inputs.invalid("favourable", "is required: true or false");
    }
}

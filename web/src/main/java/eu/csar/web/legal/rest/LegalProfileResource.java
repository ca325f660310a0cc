package eu.csar.web.legal.rest;

import eu.csar.legal.api.ProfileComparison;
import eu.csar.legal.api.ProfileRef;
import eu.csar.legal.api.ProfileValue;
import eu.csar.legal.api.ProfileVersionSummary;
import eu.csar.legal.api.ProfileView;
import eu.csar.legal.application.LegalProfiles;
import eu.csar.security.api.Roles;
import eu.csar.web.platform.rest.Inputs;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * The legal profiles for people and tools: the versions, one version's values (each with its
 * Article and review status), two versions compared key by key, and the import of a new version
 * by a centre admin (the file as the body; 400 problem naming every fault, nothing stored).
 */
@Tag(name = "Legal profiles", description = "Versioned values of the law, with their Articles and review status")
@APIResponse(responseCode = "default", description = "RFC 9457 problem",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
@Path("v1/legal-profiles")
@Produces(MediaType.APPLICATION_JSON)
public class LegalProfileResource {

    @Inject
    LegalProfiles profiles;

    @Context
    UriInfo uriInfo;

    public record VersionDto(String profile, int version, String title, String importedAt, String importedBy,
                             int values, int pendingReview, int inherited) {
        static VersionDto of(ProfileVersionSummary s) {
            return new VersionDto(s.ref().profileId(), s.ref().version(), s.title(), s.importedAt().toString(),
                    s.importedBy(), s.valueCount(), s.pendingReview(), s.inherited());
        }
    }

    public record ValueDto(String key, String kind, String value, List<String> items, String article, String review,
                           String inheritedFrom) {
        static ValueDto of(ProfileValue v) {
            return v == null ? null : new ValueDto(v.key(), v.kind().name(), v.kind().isList() ? null : v.text(),
                    v.kind().isList() ? v.items() : null, v.article(), v.review().name(), v.inheritedFrom());
        }
    }

    public record ProfileDto(String profile, int version, String title, String legalBasis, String importedAt,
                             String importedBy, List<String> removed, List<ValueDto> values) {
        static ProfileDto of(ProfileView v) {
            return new ProfileDto(v.ref().profileId(), v.ref().version(), v.title(), v.legalBasis(), v.importedAt().toString(),
                    v.importedBy(), v.removedKeys(), v.values().stream().map(ValueDto::of).toList());
        }
    }

    public record RowDto(String key, boolean differs, ValueDto left, ValueDto right) {
    }

    public record ComparisonDto(String left, String right, long differences, List<RowDto> rows) {
        static ComparisonDto of(ProfileComparison c) {
            return new ComparisonDto(c.left().ref().toString(), c.right().ref().toString(), c.differences(), c.rows().stream()
                    .map(r -> new RowDto(r.key(), r.differs(), ValueDto.of(r.left()), ValueDto.of(r.right()))).toList());
        }
    }

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY,
            Roles.ISSUING_AUTHORITY})
    @GET
    @Operation(summary = "Every version of every legal profile")
    public List<VersionDto> versions() {
        return profiles.versions().stream().map(VersionDto::of).toList();
    }

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY,
            Roles.ISSUING_AUTHORITY, Roles.PROVIDER})
    @GET
    @Path("{id}/versions/{version}")
    @Operation(summary = "One version of a legal profile with all its values")
    public ProfileDto version(@PathParam("id") String id, @PathParam("version") String version) {
        return ProfileDto.of(profiles.open(ref(id, version)));
    }

    public record RefDto(String profile, int version) {
    }

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY,
            Roles.ISSUING_AUTHORITY, Roles.LAW_ENFORCEMENT, Roles.EUROPOL, Roles.PROVIDER, Roles.SYSTEM})
    @GET
    @Path("{id}/current")
    @Operation(summary = "The version a case opened now records: the newest")
    public RefDto current(@PathParam("id") String id) {
        ProfileRef ref = profiles.pin(id);
        return new RefDto(ref.profileId(), ref.version());
    }

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY,
            Roles.ISSUING_AUTHORITY, Roles.LAW_ENFORCEMENT, Roles.EUROPOL, Roles.PROVIDER, Roles.SYSTEM})
    @GET
    @Path("{id}/versions/{version}/values/{key}")
    @Operation(summary = "One value of exactly this version, with its Article and review status")
    public ValueDto value(@PathParam("id") String id, @PathParam("version") String version, @PathParam("key") String key) {
        return ValueDto.of(profiles.value(ref(id, version), key));
    }

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY,
            Roles.ISSUING_AUTHORITY})
    @GET
    @Path("comparison/{left}/{leftVersion}/{right}/{rightVersion}")
    @Operation(summary = "Two versions side by side, key by key; differing rows flagged")
    public ComparisonDto compare(@PathParam("left") String left, @PathParam("leftVersion") String leftVersion,
                                 @PathParam("right") String right, @PathParam("rightVersion") String rightVersion) {
        return ComparisonDto.of(profiles.compare(ref(left, leftVersion), ref(right, rightVersion)));
    }

    @RolesAllowed(Roles.CENTRE_ADMIN)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a profile file as the next version of its profile (centre admins); audited; "
            + "applies to cases opened after it")
    @APIResponse(responseCode = "201", description = "Imported; Location names the new version")
    public Response importVersion(JsonObject file) {
        // A JSON object, not a String: the platform's JSON binding reads every application/json body,
        // and the profile's own checks (ProfileDocument) then read the object's text.
        ProfileRef ref = profiles.importVersion(Inputs.requiredBody(file).toString());
        return Response.created(uriInfo.getBaseUriBuilder().path("v1/legal-profiles/{id}/versions/{version}")
                .build(ref.profileId(), ref.version())).entity(ProfileDto.of(profiles.open(ref))).build();
    }

    static ProfileRef ref(String id, String version) {
        int v = Inputs.integer(version, 1, "version");
        if (v < 1) {
            throw new NotFoundException();
        }
        return new ProfileRef(id, v);
    }
}

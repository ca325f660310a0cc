package eu.csar.web.indicators.rest;

import eu.csar.indicators.api.ProvenanceSource;
import eu.csar.indicators.api.SubmissionId;
import eu.csar.indicators.application.ImportErrorReport;
import eu.csar.indicators.application.ImportView;
import eu.csar.indicators.application.IndicatorImports;
import eu.csar.indicators.domain.ImportLineParser;
import eu.csar.security.api.Roles;
import eu.csar.web.platform.rest.IdempotencyKeys;
import eu.csar.web.platform.rest.Idempotent;
import eu.csar.web.platform.rest.Inputs;
import eu.csar.web.platform.rest.RawBody;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Bulk import of indicators for centre admins: the body is the file (the hasher's CSV as
 * {@code text/csv}, or JSON lines as {@code application/x-ndjson}); the answer is 202 with the
 * import's status URL, which shows the job's progress; {@code /errors} is the CSV report of the
 * refused lines. The imported indicators wait for four-eyes verification as one submission.
 */
@Tag(name = "Indicator imports", description = "Bulk import of hashes as a restartable batch job")
@APIResponse(responseCode = "default", description = "RFC 9457 problem",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
@Path("v1/indicator-imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorImportResource {

    static final String NDJSON = "application/x-ndjson";
    static final String CSV = "text/csv";

    /** The largest file one import takes: the HTTP listener's max-post-size (configure-87-indicator-import.cli). */
    static final long MAX_FILE_BYTES = 512L * 1024 * 1024;

    @Inject
    IndicatorImports imports;

    @Context
    UriInfo uriInfo;

    public record ImportDto(String id, String set, String source, String state, Long jobId, Long executionId, String jobStatus,
                            String format, String fileName, int totalLines, long stagedLines, int percent, boolean running,
                            int lines, int accepted, int linked, int refused, String submittedBy, String submittedAt,
                            String finishedAt, String errors) {
        static ImportDto of(ImportView v, UriInfo uri) {
            return new ImportDto(v.submission().toString(), v.set(), v.source(), v.state(), v.jobId(), v.latestExecution(),
                    v.jobStatus(), v.format(), v.fileName(), v.totalLines(), v.staged(), v.percent(), v.running(), v.lineCount(),
                    v.acceptedCount(), v.linkedCount(), v.refusedCount(), v.submittedBy(), v.submittedAt().toString(),
                    v.finishedAt() == null ? null : v.finishedAt().toString(),
                    uri.getBaseUriBuilder().path("v1/indicator-imports/{id}/errors").build(v.submission()).toString());
        }
    }

    @Idempotent
    @RawBody(maxBytes = MAX_FILE_BYTES, maxText = "512 MiB")
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.CENTRE_ADMIN)
    @POST
    @Consumes({CSV, NDJSON})
    @Operation(summary = "Import a file of hashes into an indicator set (centre admins): starts a restartable batch job; "
            + "202 with the status URL in Location")
    @APIResponse(responseCode = "202", description = "Accepted: the job runs; poll the Location")
    public Response start(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                          @Parameter(description = "code of the indicator set, e.g. known-images") @QueryParam("set") String set,
                          @Parameter(description = "THIRD_PARTY_LIST or AUTHORITY_DECISION") @QueryParam("source") String source,
                          @Parameter(description = "keep the CSV path column / JSON label as the label") @QueryParam("keepLabels") boolean keepLabels,
                          @QueryParam("fileName") String fileName,
                          @Parameter(description = "for AUTHORITY_DECISION: ISO 3166 alpha-2") @QueryParam("memberState") String memberState,
                          @QueryParam("authority") String authority,
                          @QueryParam("decisionReference") String decisionReference,
                          @Parameter(description = "ISO date") @QueryParam("decisionDate") String decisionDate,
                          InputStream body) {
        if (set == null || set.isBlank()) {
            throw Inputs.invalid("set", "the indicator set is required");
        }
        ImportLineParser.Format format = contentType != null && contentType.toLowerCase().startsWith(NDJSON)
                ? ImportLineParser.Format.JSON_LINES : ImportLineParser.Format.CSV;
        IndicatorImports.ImportRequest request = new IndicatorImports.ImportRequest(set.strip(),
                Inputs.requiredEnum(ProvenanceSource.class, source, "source"), format, keepLabels, fileName,
                memberState == null ? null : Inputs.memberState(memberState, "memberState"), authority, decisionReference,
                date(decisionDate));
        ImportView view = imports.start(request, new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8.newDecoder())));
        return Response.accepted(ImportDto.of(view, uriInfo))
                .location(uriInfo.getBaseUriBuilder().path("v1/indicator-imports/{id}").build(view.submission())).build();
    }

    @RolesAllowed(Roles.CENTRE_ADMIN)
    @GET
    @Path("{id}")
    @Operation(summary = "An import's progress and, once published, its counts (centre admins)")
    public ImportDto progress(@PathParam("id") String id) {
        return ImportDto.of(imports.view(new SubmissionId(Inputs.uuid(id, "id"))), uriInfo);
    }

    @RolesAllowed(Roles.CENTRE_ADMIN)
    @GET
    @Path("{id}/errors")
    @Produces(CSV)
    @Operation(summary = "The refused lines as CSV: line,reason,text (centre admins)")
    public Response errors(@PathParam("id") String id) {
        UUID submission = Inputs.uuid(id, "id");
        return Response.ok(ImportErrorReport.csv(imports.refusedLines(new SubmissionId(submission))), CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"import-" + submission + "-errors.csv\"").build();
    }

    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw Inputs.invalid("decisionDate", "an ISO date such as 2026-11-30");
        }
    }
}

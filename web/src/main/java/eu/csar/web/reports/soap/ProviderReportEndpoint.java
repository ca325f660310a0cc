package eu.csar.web.reports.soap;

import eu.csar.reports.application.ReportIntake;
import eu.csar.reports.application.ReportView;
import eu.csar.security.api.Roles;
import eu.csar.web.platform.rest.Inputs;
import eu.csar.web.platform.rest.Problem;
import eu.csar.web.platform.rest.Problems;
import eu.csar.web.platform.soap.IdempotentSoapWrites;
import eu.csar.web.platform.soap.SoapRoleGate;
import eu.csar.web.reports.rest.ReportDto;
import eu.csar.web.reports.rest.ReportList;
import eu.csar.web.reports.rest.ReportRequests;
import eu.csar.web.reports.rest.ReportXml;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import jakarta.jws.soap.SOAPBinding;

import java.util.List;
import java.util.function.Supplier;

/**
 * Report intake over SOAP (document/literal), for providers whose integration speaks SOAP: the
 * lifecycle of {@code /api/v1/reports} with the same service, the same request and report classes and
 * so the same rules and messages. Open a report, attach evidence items (hashes) or content (base64,
 * the same media types and 20 MiB limit), finish it with the same detached JWS over the same canonical
 * document (a report opened here may be finished over REST and the other way round), retract it,
 * submit one of hashes only in one call, read it, list the caller's own. Tenancy comes from the token:
 * another provider's report is the fault of a report that does not exist (404), a wrong role 403, bad
 * input 400 naming the field with nothing stored. The writes take an {@code Idempotency-Key} HTTP
 * header, as over REST ({@link IdempotentSoapWrites}); the reads ignore it.
 */
@WebService(name = "ProviderReports", serviceName = "ProviderReports", portName = "ProviderReportsPort",
        targetNamespace = ReportXml.NAMESPACE)
@SOAPBinding(style = SOAPBinding.Style.DOCUMENT, use = SOAPBinding.Use.LITERAL, parameterStyle = SOAPBinding.ParameterStyle.WRAPPED)
public class ProviderReportEndpoint {

    @Inject
    ReportIntake intake;

    @Inject
    IdempotentSoapWrites writes;

    /** Opens a report with its Art 13 content; its id comes back at once, OPEN, without evidence. */
    @RolesAllowed(Roles.PROVIDER)
    @WebMethod(operationName = "OpenReport")
    @WebResult(name = "report")
    public ReportDto openReport(@WebParam(name = "report") ReportRequests.Create report) throws ReportFault {
        return write("OpenReport", () -> intake.open(Inputs.requiredBody(report).toDomain()));
    }

    /** Attaches evidence items (PDQ with quality, MD5, SHA256 hashes) to the caller's OPEN report, in order. */
    @RolesAllowed(Roles.PROVIDER)
    @WebMethod(operationName = "AttachEvidence")
    @WebResult(name = "report")
    public ReportDto attachEvidence(@WebParam(name = "reportId") String id, @WebParam(name = "item") List<ReportRequests.Item> items)
            throws ReportFault {
        return write("AttachEvidence", () -> intake.attachEvidence(ReportRequests.id(id, "reportId"), ReportRequests.items(items)));
    }

    /** Attaches content data (base64, at most 20 MiB: larger items go over REST, streamed; one of the media types of REST) into the evidence vault. */
    @RolesAllowed(Roles.PROVIDER)
    @WebMethod(operationName = "AttachContent")
    @WebResult(name = "report")
    public ReportDto attachContent(@WebParam(name = "reportId") String id, @WebParam(name = "mediaType") String mediaType,
                                   @WebParam(name = "content") byte[] content) throws ReportFault {
        return write("AttachContent", () -> {
            String type = ReportRequests.mediaType(mediaType, "mediaType");
            return intake.attachContent(ReportRequests.id(id, "reportId"), ReportRequests.content(content), type);
        });
    }

    /** Finishes the caller's OPEN report with a detached JWS over its canonical document; a refused one leaves it OPEN. */
    @RolesAllowed(Roles.PROVIDER)
    @WebMethod(operationName = "FinishReport")
    @WebResult(name = "report")
    public ReportDto finishReport(@WebParam(name = "reportId") String id, @WebParam(name = "signature") String signature)
            throws ReportFault {
        return write("FinishReport", () -> intake.finish(ReportRequests.id(id, "reportId"), signature));
    }

    /** Retracts the caller's report (OPEN, or FINISHED until it is forwarded), with an optional reason. */
    @RolesAllowed(Roles.PROVIDER)
    @WebMethod(operationName = "RetractReport")
    @WebResult(name = "report")
    public ReportDto retractReport(@WebParam(name = "reportId") String id, @WebParam(name = "reason") String reason)
            throws ReportFault {
        return write("RetractReport", () -> intake.retract(ReportRequests.id(id, "reportId"), reason));
    }

    /** A report of hashes only in one call: the id the provider chose, the content, the items, the signature; FINISHED. */
    @RolesAllowed(Roles.PROVIDER)
    @WebMethod(operationName = "SubmitReport")
    @WebResult(name = "report")
    public ReportDto submitReport(@WebParam(name = "report") ReportRequests.Complete report) throws ReportFault {
        return write("SubmitReport", () -> {
            ReportRequests.Complete r = Inputs.requiredBody(report);
            return intake.submitInOneCall(ReportRequests.id(r.id, "id"), r.toDomain(), ReportRequests.items(r.items), r.signature);
        });
    }

    /** The caller's report: state, content, evidence, history and signingInput (the canonical document to sign). */
    @RolesAllowed(Roles.PROVIDER)
    @WebMethod(operationName = "ReportStatus")
    @WebResult(name = "report")
    public ReportDto reportStatus(@WebParam(name = "reportId") String id) throws ReportFault {
        return call("ReportStatus", () -> ReportDto.of(intake.status(ReportRequests.id(id, "reportId"))));
    }

    /** The caller's own reports, newest first, by state (repeatable) and opening time (from inclusive, to exclusive). */
    @RolesAllowed(Roles.PROVIDER)
    @WebMethod(operationName = "ListReports")
    @WebResult(name = "reports")
    public ReportList listReports(@WebParam(name = "state") List<String> states, @WebParam(name = "from") String from,
                                  @WebParam(name = "to") String to, @WebParam(name = "page") Integer page,
                                  @WebParam(name = "size") Integer size) throws ReportFault {
        return call("ListReports", () -> {
            ReportRequests.Filter filter = ReportRequests.filter(states, from, to);
            int s = size == null ? ReportRequests.DEFAULT_SIZE : size;
            int p = ReportRequests.page(page == null ? 0 : page, s);
            return ReportList.of(intake.list(filter.states(), filter.from(), filter.to(), p, s));
        });
    }

    /** A write a partner may retry with an {@code Idempotency-Key} HTTP header (docs/idempotency.md). */
    private ReportDto write(String operation, Supplier<ReportView> work) throws ReportFault {
        return call(operation, () -> writes.once(operation, () -> ReportDto.of(work.get())));
    }

    private static <T> T call(String operation, Supplier<T> work) throws ReportFault {
        try {
            SoapRoleGate.require(ProviderReportEndpoint.class, operation);
            return work.get();
        } catch (RuntimeException e) {
            Problem problem = Problems.of(e);
            problem.instance = "soap:ProviderReports/" + operation;
            throw new ReportFault(problem);
        }
    }
}

package eu.csar.web.orders.soap;

import eu.csar.orders.api.CannotExecuteReason;
import eu.csar.orders.api.DetectionOrderId;
import eu.csar.orders.api.ExecutionMeasure;
import eu.csar.orders.api.RemovalOrderId;
import eu.csar.orders.api.UrlListOrderId;
import eu.csar.orders.api.UrlListOrderType;
import eu.csar.orders.domain.AnnexIiGround;
import eu.csar.orders.application.DetectionOrderDecisions;
import eu.csar.orders.application.DetectionOrderExecutions;
import eu.csar.orders.application.DetectionOrderPage;
import eu.csar.orders.application.DetectionOrders;
import eu.csar.orders.application.RemovalOrderPage;
import eu.csar.orders.application.RemovalOrders;
import eu.csar.orders.application.UrlListOrderPage;
import eu.csar.orders.application.UrlListOrders;
import eu.csar.security.api.Roles;
import eu.csar.web.platform.rest.Inputs;
import eu.csar.web.platform.rest.Problem;
import eu.csar.web.platform.rest.Problems;
import eu.csar.web.platform.soap.IdempotentSoapWrites;
import eu.csar.web.platform.soap.SoapRoleGate;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import jakarta.jws.soap.SOAPBinding;

import java.util.function.Supplier;

/**
 * The orders addressed to the calling provider over SOAP (document/literal), for providers whose
 * integration speaks SOAP: list and read (pull, no webhooks), acknowledge receipt, and for removal
 * orders Annex V (cannot execute) and Annex VI (executed), for detection orders Annex II (cannot
 * execute) and the mid-term report. The same services and rules as
 * {@code /api/v1/*-orders} sit behind every operation: tenancy comes from the token, another
 * provider's order is a fault with status 404, a wrong role 403, bad input 400 with nothing changed,
 * a move the workflow does not allow now 409; refusals are audited at the services' boundary. The
 * writes take an {@code Idempotency-Key} HTTP header, as over REST: a retry with the same key gets
 * the first answer and runs nothing ({@link IdempotentSoapWrites}); the lists and reads ignore it.
 */
@WebService(name = "ProviderOrders", serviceName = "ProviderOrders", portName = "ProviderOrdersPort",
        targetNamespace = OrderXml.NAMESPACE)
@SOAPBinding(style = SOAPBinding.Style.DOCUMENT, use = SOAPBinding.Use.LITERAL, parameterStyle = SOAPBinding.ParameterStyle.WRAPPED)
public class ProviderOrderEndpoint {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    @Inject
    RemovalOrders removalOrders;

    @Inject
    DetectionOrders detectionOrders;

    @Inject
    DetectionOrderDecisions detectionDecisions;

    @Inject
    DetectionOrderExecutions detectionExecutions;

    @Inject
    UrlListOrders urlListOrders;

    @Inject
    IdempotentSoapWrites writes;

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY,
            Roles.ISSUING_AUTHORITY, Roles.PROVIDER})
    @WebMethod(operationName = "ListRemovalOrders")
    @WebResult(name = "orders")
    public SoapOrderPage listRemovalOrders(@WebParam(name = "page") Integer page, @WebParam(name = "size") Integer size)
            throws OrderFault {
        return call("ListRemovalOrders", () -> {
            RemovalOrderPage found = removalOrders.list(page(page, size), size(size));
            return SoapOrderPage.of(found.items(), SoapOrder::of, found.page(), found.size(), found.total());
        });
    }

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY,
            Roles.ISSUING_AUTHORITY, Roles.PROVIDER})
    @WebMethod(operationName = "GetRemovalOrder")
    @WebResult(name = "order")
    public SoapOrder getRemovalOrder(@WebParam(name = "orderId") String id) throws OrderFault {
        return call("GetRemovalOrder", () -> SoapOrder.of(removalOrders.order(removal(id))));
    }

    @RolesAllowed(Roles.PROVIDER)
    @WebMethod(operationName = "AcknowledgeRemovalOrder")
    @WebResult(name = "order")
    public SoapOrder acknowledgeRemovalOrder(@WebParam(name = "orderId") String id) throws OrderFault {
        return write("AcknowledgeRemovalOrder", () -> SoapOrder.of(removalOrders.acknowledge(removal(id))));
    }

    /** Annex V: force majeure, de facto impossibility or a request for clarification; the execution period stops. */
    @RolesAllowed(Roles.PROVIDER)
    @WebMethod(operationName = "DeclareCannotExecute")
    @WebResult(name = "order")
    public SoapOrder declareCannotExecute(@WebParam(name = "orderId") String id, @WebParam(name = "reason") String reason,
                                          @WebParam(name = "explanation") String explanation) throws OrderFault {
        return write("DeclareCannotExecute", () -> SoapOrder.of(removalOrders.cannotExecute(removal(id),
                Inputs.requiredEnum(CannotExecuteReason.class, reason, "reason"), explanation)));
    }

    /** Annex VI: the items were removed or access to them disabled, at executedAt (default: now). */
    @RolesAllowed(Roles.PROVIDER)
    @WebMethod(operationName = "ReportRemovalOrderExecution")
    @WebResult(name = "order")
    public SoapOrder reportRemovalOrderExecution(@WebParam(name = "orderId") String id,
                                                 @WebParam(name = "measureTaken") String measureTaken,
                                                 @WebParam(name = "executedAt") String executedAt) throws OrderFault {
        return write("ReportRemovalOrderExecution", () -> SoapOrder.of(removalOrders.reportExecution(removal(id),
                Inputs.requiredEnum(ExecutionMeasure.class, measureTaken, "measureTaken"),
                Inputs.instantOrNull(executedAt, "executedAt"))));
    }

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY,
            Roles.ISSUING_AUTHORITY, Roles.PROVIDER})
    @WebMethod(operationName = "ListDetectionOrders")
    @WebResult(name = "orders")
    public SoapOrderPage listDetectionOrders(@WebParam(name = "page") Integer page, @WebParam(name = "size") Integer size)
            throws OrderFault {
        return call("ListDetectionOrders", () -> {
            DetectionOrderPage found = detectionOrders.list(page(page, size), size(size));
            return SoapOrderPage.of(found.items(), SoapOrder::of, found.page(), found.size(), found.total());
        });
    }

    @RolesAllowed(Roles.PROVIDER)
    @WebMethod(operationName = "AcknowledgeDetectionOrder")
    @WebResult(name = "order")
    public SoapOrder acknowledgeDetectionOrder(@WebParam(name = "orderId") String id) throws OrderFault {
        return write("AcknowledgeDetectionOrder", () -> SoapOrder.of(detectionDecisions.acknowledge(detection(id))));
    }

    /** Annex II (Art 8(3)): the provider cannot execute the order (MANIFEST_ERRORS or INSUFFICIENT_INFORMATION); it pauses. */
    @RolesAllowed(Roles.PROVIDER)
    @WebMethod(operationName = "AnswerDetectionOrderAnnexII")
    @WebResult(name = "order")
    public SoapOrder answerDetectionOrderAnnexII(@WebParam(name = "orderId") String id, @WebParam(name = "ground") String ground,
                                                 @WebParam(name = "explanation") String explanation,
                                                 @WebParam(name = "clarificationRequested") String clarificationRequested)
            throws OrderFault {
        return write("AnswerDetectionOrderAnnexII", () -> SoapOrder.of(detectionExecutions.answerAnnexIi(detection(id),
                Inputs.requiredEnum(AnnexIiGround.class, ground, "ground"), Inputs.requiredText(explanation, "explanation"),
                Inputs.requiredText(clarificationRequested, "clarificationRequested"))));
    }

    /** The mid-term report on the execution (Art 9(3)), once it is due. */
    @RolesAllowed(Roles.PROVIDER)
    @WebMethod(operationName = "ReportDetectionOrderMidTerm")
    @WebResult(name = "order")
    public SoapOrder reportDetectionOrderMidTerm(@WebParam(name = "orderId") String id, @WebParam(name = "report") String report)
            throws OrderFault {
        return write("ReportDetectionOrderMidTerm", () -> SoapOrder.of(detectionExecutions.reportMidTerm(detection(id),
                Inputs.requiredText(report, "report"))));
    }

    /** Blocking or delisting orders ({@code kind} BLOCKING or DELISTING). */
    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY,
            Roles.ISSUING_AUTHORITY, Roles.PROVIDER})
    @WebMethod(operationName = "ListUrlListOrders")
    @WebResult(name = "orders")
    public SoapOrderPage listUrlListOrders(@WebParam(name = "kind") String kind, @WebParam(name = "page") Integer page,
                                           @WebParam(name = "size") Integer size) throws OrderFault {
        return call("ListUrlListOrders", () -> {
            UrlListOrderPage found = urlListOrders.list(kind(kind), page(page, size), size(size));
            return SoapOrderPage.of(found.items(), SoapOrder::of, found.page(), found.size(), found.total());
        });
    }

    @RolesAllowed(Roles.PROVIDER)
    @WebMethod(operationName = "AcknowledgeUrlListOrder")
    @WebResult(name = "order")
    public SoapOrder acknowledgeUrlListOrder(@WebParam(name = "kind") String kind, @WebParam(name = "orderId") String id)
            throws OrderFault {
        return write("AcknowledgeUrlListOrder", () -> SoapOrder.of(urlListOrders.acknowledge(kind(kind), urlList(id))));
    }

    @RolesAllowed(Roles.PROVIDER)
    @WebMethod(operationName = "ReportUrlListOrderExecution")
    @WebResult(name = "order")
    public SoapOrder reportUrlListOrderExecution(@WebParam(name = "kind") String kind, @WebParam(name = "orderId") String id,
                                                 @WebParam(name = "executedAt") String executedAt) throws OrderFault {
        return write("ReportUrlListOrderExecution", () -> SoapOrder.of(urlListOrders.reportExecution(kind(kind), urlList(id),
                Inputs.instantOrNull(executedAt, "executedAt"))));
    }

    /** A write a partner may retry with an {@code Idempotency-Key} HTTP header (docs/idempotency.md). */
    private <T> T write(String operation, Supplier<T> work) throws OrderFault {
        return call(operation, () -> writes.once(operation, work));
    }

    private static <T> T call(String operation, Supplier<T> work) throws OrderFault {
        try {
            SoapRoleGate.require(ProviderOrderEndpoint.class, operation);
            return work.get();
        } catch (RuntimeException e) {
            Problem problem = Problems.of(e);
            problem.instance = "soap:ProviderOrders/" + operation;
            throw new OrderFault(problem);
        }
    }

    private static int page(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        Inputs.firstRow(p, size(size), MAX_SIZE);
        return p;
    }

    private static int size(Integer size) {
        return size == null ? DEFAULT_SIZE : size;
    }

    private static RemovalOrderId removal(String id) {
        return new RemovalOrderId(Inputs.uuid(id, "orderId"));
    }

    private static DetectionOrderId detection(String id) {
        return new DetectionOrderId(Inputs.uuid(id, "orderId"));
    }

    private static UrlListOrderId urlList(String id) {
        return new UrlListOrderId(Inputs.uuid(id, "orderId"));
    }

    private static UrlListOrderType kind(String kind) {
        return Inputs.requiredEnum(UrlListOrderType.class, kind, "kind");
    }
}

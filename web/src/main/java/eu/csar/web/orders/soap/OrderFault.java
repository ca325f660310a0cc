package eu.csar.web.orders.soap;

import eu.csar.web.platform.rest.Problem;
import jakarta.xml.ws.WebFault;

/**
 * The SOAP fault of the orders' service. Its detail is the same RFC 9457 problem the REST API
 * returns (400 naming the field, 403, 404 for an order that is not the caller's, 409 for a move the
 * workflow does not allow now); a 4xx travels as a {@code Client} fault.
 */
@WebFault(name = "OrderFault", targetNamespace = OrderXml.NAMESPACE)
public class OrderFault extends Exception {

    private final transient Problem faultInfo;

    public OrderFault(Problem problem) {
        super(problem.title + ": " + problem.detail);
        this.faultInfo = problem;
    }

    public Problem getFaultInfo() {
        return faultInfo;
    }
}

package eu.csar.web.indicators.soap;

import eu.csar.web.platform.rest.Problem;
import jakarta.xml.ws.WebFault;

/**
 * The SOAP fault of match as a service. Its detail is the same RFC 9457 problem the REST API
 * returns (400 naming the line, 404, 429 with the seconds to wait in the detail...).
 */
@WebFault(name = "IndicatorFault", targetNamespace = IndicatorMatchEndpoint.NAMESPACE)
public class IndicatorFault extends Exception {

    private final transient Problem faultInfo;

    public IndicatorFault(Problem problem) {
        super(problem.title + ": " + problem.detail);
        this.faultInfo = problem;
    }

    public Problem getFaultInfo() {
        return faultInfo;
    }
}

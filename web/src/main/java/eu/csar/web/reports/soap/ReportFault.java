package eu.csar.web.reports.soap;

import eu.csar.web.platform.rest.Problem;
import eu.csar.web.reports.rest.ReportXml;
import jakarta.xml.ws.WebFault;

/**
 * The SOAP fault of report intake. Its detail is the same RFC 9457 problem the REST API returns (400
 * naming the field and the reason, a refused signature as field {@code signature}; 403 for a role other
 * than provider; 404 for a report that is not the caller's, as for one that does not exist; 409 for a
 * move the workflow does not allow; 413 and 415 for content); a 4xx travels as a {@code Client} fault.
 */
@WebFault(name = "ReportFault", targetNamespace = ReportXml.NAMESPACE)
public class ReportFault extends Exception {

    private final transient Problem faultInfo;

    public ReportFault(Problem problem) {
        super(problem.title + ": " + problem.detail);
        this.faultInfo = problem;
    }

    public Problem getFaultInfo() {
        return faultInfo;
    }
}

package eu.csar.web.registry.soap;

import eu.csar.web.platform.rest.Problem;
import eu.csar.web.registry.rest.RegistryXml;
import jakarta.xml.ws.WebFault;

/**
 * The SOAP fault of the registry service. Its detail is the same RFC 9457 problem the REST API
 * returns (type, title, status, detail, violations), so integrators handle one error model.
 */
@WebFault(name = "RegistryFault", targetNamespace = RegistryXml.NAMESPACE)
public class RegistryFault extends Exception {

    private final transient Problem faultInfo;

    public RegistryFault(Problem problem) {
        super(problem.title + ": " + problem.detail);
        this.faultInfo = problem;
    }

    public Problem getFaultInfo() {
        return faultInfo;
    }
}

package eu.csar.web.registry.soap;

import eu.csar.registry.application.ProviderEntry;
import eu.csar.registry.application.ProviderSelfService;
import eu.csar.security.api.Roles;
import eu.csar.web.platform.rest.Inputs;
import eu.csar.web.platform.rest.Problem;
import eu.csar.web.platform.rest.Problems;
import eu.csar.web.platform.soap.IdempotentSoapWrites;
import eu.csar.web.platform.soap.SoapRoleGate;
import eu.csar.web.registry.rest.ContactPointDto;
import eu.csar.web.registry.rest.LegalRepresentativeDto;
import eu.csar.web.registry.rest.ProviderDto;
import eu.csar.web.registry.rest.RegistryXml;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import jakarta.jws.soap.SOAPBinding;

import java.util.function.Supplier;

/**
 * The provider self-service over SOAP (document/literal), for providers whose integration speaks
 * SOAP: the same operations and rules as the REST resource, the same services behind them, and
 * faults that carry the same problem details. A refusal is recorded at the services' boundary, as
 * for every transport. The two writes take an {@code Idempotency-Key} HTTP header, as over REST
 * ({@link IdempotentSoapWrites}).
 */
@WebService(name = "ProviderSelfService", serviceName = "ProviderSelfService", portName = "ProviderSelfServicePort",
        targetNamespace = RegistryXml.NAMESPACE)
@SOAPBinding(style = SOAPBinding.Style.DOCUMENT, use = SOAPBinding.Use.LITERAL, parameterStyle = SOAPBinding.ParameterStyle.WRAPPED)
public class ProviderSelfServiceEndpoint {

    @Inject
    ProviderSelfService selfService;

    @Inject
    IdempotentSoapWrites writes;

    @RolesAllowed(Roles.PROVIDER)
    @WebMethod(operationName = "GetOwnEntry")
    @WebResult(name = "provider")
    public ProviderDto getOwnEntry() throws RegistryFault {
        return call("GetOwnEntry", () -> ProviderDto.of(selfService.ownEntry()));
    }

    @RolesAllowed(Roles.PROVIDER)
    @WebMethod(operationName = "UpdateContactPoint")
    @WebResult(name = "provider")
    public ProviderDto updateContactPoint(@WebParam(name = "contactPoint") ContactPointDto contactPoint) throws RegistryFault {
        return write("UpdateContactPoint", () -> selfService.changeContactPoint(Inputs.requiredBody(contactPoint).toDomain()));
    }

    @RolesAllowed(Roles.PROVIDER)
    @WebMethod(operationName = "UpdateLegalRepresentative")
    @WebResult(name = "provider")
    public ProviderDto updateLegalRepresentative(@WebParam(name = "legalRepresentative") LegalRepresentativeDto representative)
            throws RegistryFault {
        return write("UpdateLegalRepresentative", () -> selfService.appointLegalRepresentative(Inputs.requiredBody(representative).toDomain()));
    }

    /** A write a partner may retry with an {@code Idempotency-Key} HTTP header (docs/idempotency.md). */
    private ProviderDto write(String operation, Supplier<ProviderEntry> work) throws RegistryFault {
        return call(operation, () -> writes.once(operation, () -> ProviderDto.of(work.get())));
    }

    private static ProviderDto call(String operation, Supplier<ProviderDto> work) throws RegistryFault {
        try {
            SoapRoleGate.require(ProviderSelfServiceEndpoint.class, operation);
            return work.get();
        } catch (RuntimeException e) {
            Problem problem = Problems.of(e);
            problem.instance = "soap:ProviderSelfService/" + operation;
            throw new RegistryFault(problem);
        }
    }
}

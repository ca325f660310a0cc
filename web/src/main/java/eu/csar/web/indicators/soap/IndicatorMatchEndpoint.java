package eu.csar.web.indicators.soap;

import eu.csar.indicators.application.HashQuery;
import eu.csar.indicators.application.IndicatorMatching;
import eu.csar.indicators.application.MatchRateLimited;
import eu.csar.security.api.Roles;
import eu.csar.web.indicators.rest.MatchRateLimitedMapper;
import eu.csar.web.platform.rest.Problem;
import eu.csar.web.platform.rest.Problems;
import eu.csar.web.platform.soap.SoapRoleGate;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import jakarta.jws.soap.SOAPBinding;

import java.util.List;

/**
 * Match as a service over SOAP (document/literal), for providers whose integration speaks SOAP: the
 * same service and rules as {@code POST /api/v1/indicators/match}; faults carry the same problem
 * details (a rate limit: status 429 and type {@code too-many-requests}, the seconds in the detail).
 */
@WebService(name = "IndicatorMatch", serviceName = "IndicatorMatch", portName = "IndicatorMatchPort",
        targetNamespace = IndicatorMatchEndpoint.NAMESPACE)
@SOAPBinding(style = SOAPBinding.Style.DOCUMENT, use = SOAPBinding.Use.LITERAL, parameterStyle = SOAPBinding.ParameterStyle.WRAPPED)
public class IndicatorMatchEndpoint {

    public static final String NAMESPACE = "urn:eu:csar:indicators:v1";

    @Inject
    IndicatorMatching matching;

    @RolesAllowed(Roles.PROVIDER)
    @WebMethod(operationName = "Match")
    @WebResult(name = "result", targetNamespace = NAMESPACE)
    public SoapMatchResult match(@WebParam(name = "hash", targetNamespace = NAMESPACE) List<SoapHash> hashes) throws IndicatorFault {
        try {
            SoapRoleGate.require(IndicatorMatchEndpoint.class, "Match");
            return SoapMatchResult.of(matching.match(hashes == null ? null
                    : hashes.stream().map(h -> h == null ? null : new HashQuery(h.kind, h.hash)).toList()));
        } catch (MatchRateLimited limited) {
            throw new IndicatorFault(MatchRateLimitedMapper.problem(limited, "soap:IndicatorMatch/Match"));
        } catch (RuntimeException e) {
            Problem problem = Problems.of(e);
            problem.instance = "soap:IndicatorMatch/Match";
            throw new IndicatorFault(problem);
        }
    }
}

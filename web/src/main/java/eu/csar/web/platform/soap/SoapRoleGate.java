package eu.csar.web.platform.soap;

import eu.csar.web.platform.rest.RoleGate;
import jakarta.ejb.EJBAccessException;
import jakarta.jws.WebMethod;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The SOAP endpoints' role check, before the operation reads any of its input: the first thing each
 * endpoint's one funnel ({@code call(operation, work)}) does, before the {@code Idempotency-Key}
 * claim, before a parameter is parsed ({@code Inputs}) and before the service is called. The roles
 * are the {@code @RolesAllowed} of the endpoint method (those of the service it calls) and the check
 * is {@link RoleGate}'s, so that a caller with the wrong role gets the same 403 problem in its fault
 * whether its input is well-formed or not, and the same single audited refusal as over REST.
 *
 * <p>Why not a JAX-WS handler: a handler sees the SAAJ message, before the stack has chosen the Java
 * method, and would have to map body elements to operations itself; the endpoint knows its operation.
 * What the stack refuses before the endpoint runs (XML that does not parse or unmarshal) is already a
 * generic {@code malformed-request} fault that names no field ({@link SoapFaultSanitizer}), and the
 * message shapes are public in the WSDL anyway.
 */
public final class SoapRoleGate {

    private static final Map<Class<?>, Map<String, Method>> OPERATIONS = new ConcurrentHashMap<>();

    private SoapRoleGate() {
    }

    /**
     * Returns if the caller may call {@code operation} ({@code @WebMethod(operationName)}) of
     * {@code endpoint}; else records the refusal and throws the container's {@link EJBAccessException},
     * which the endpoint answers as every other forbidden call.
     */
    public static void require(Class<?> endpoint, String operation) {
        Method method = OPERATIONS.computeIfAbsent(endpoint, SoapRoleGate::operations).get(operation);
        if (method == null) {
            throw new IllegalStateException(endpoint.getSimpleName() + " has no operation " + operation);
        }
        if (!RoleGate.admits(method, endpoint)) {
            throw new EJBAccessException("Your role does not allow this action");
        }
    }

    static Map<String, Method> operations(Class<?> endpoint) {
        return Arrays.stream(endpoint.getMethods())
                .filter(m -> m.isAnnotationPresent(WebMethod.class))
                .collect(Collectors.toMap(m -> operationName(m), Function.identity()));
    }

    private static String operationName(Method method) {
        String name = method.getAnnotation(WebMethod.class).operationName();
        return name.isEmpty() ? method.getName() : name;
    }
}

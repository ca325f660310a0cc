package eu.csar.web.platform.rest;

import eu.csar.audit.api.AccessAction;
import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.security.api.Caller;
import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * A caller whose role may not call a REST operation gets 403 before anything of its request is
 * looked at: before the body is read or limited, before path and query parameters are parsed, before
 * Bean Validation and before the {@code Idempotency-Key} check, so that a refused caller learns
 * nothing about the input rules. The roles are the resource method's (else its class's)
 * {@code @RolesAllowed}, with the {@link eu.csar.security.api.Roles} constants the service it calls
 * declares; {@code @PermitAll} opens an operation (the public register); an operation with neither is
 * refused (fail closed; {@code RestOperationsDeclareRolesTest} keeps every one declared). The services
 * keep their own {@code @RolesAllowed} and tenancy checks: this gate only answers earlier.
 *
 * <p>Why a post-matching {@link ContainerRequestFilter} at {@link Priorities#AUTHORIZATION} and not
 * RESTEasy's {@code resteasy.role.based.security}: that switch answers with a bare
 * {@code ForbiddenException} that nobody audits, treats an operation without annotation as open
 * (a forgotten one would be silently public) and is RESTEasy-only. This filter uses only Jakarta REST
 * API, fails closed, and answers with the same problem and the same audit entry as a refusal at the
 * services' boundary ({@code eu.csar.audit.application.RefusedCallRecorder}): one
 * {@code OPERATION_REFUSED} entry, in its own transaction, naming the refused operation as the
 * platform names it ({@code RetentionResource.extendVictimCase}), never the path the caller sent. The
 * service is not called, so nothing is recorded twice.
 *
 * <p>A plain provider, not a CDI bean (its {@code @Context} proxy stays the runtime's): the caller and
 * the audit recorder are looked up per request, as the services' boundary does.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class RoleGate implements ContainerRequestFilter {

    /** As the services' boundary records it, so that the trail reads the same whichever layer refused. */
    static final String PURPOSE = "service call refused for the caller's role";

    @Context
    ResourceInfo resourceInfo;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceInfo == null ? null : resourceInfo.getResourceMethod();
        if (method != null && !admits(method, resourceInfo.getResourceClass())) {
            request.abortWith(ProblemResponder.refusal(request, Problems.of(new EJBAccessException())).build());
        }
    }

    /**
     * Whether the current caller may call {@code operation} of {@code type} (a REST resource or a SOAP
     * endpoint) by its declared roles; a refusal is recorded before this answers {@code false}.
     */
    public static boolean admits(Method operation, Class<?> type) {
        if (permits(operation, type, CDI.current().select(Caller.class).get())) {
            return true;
        }
        CDI.current().select(AuditRecorder.class).get()
                .refusal(AccessAction.OPERATION_REFUSED, operationOf(operation), PURPOSE, AuditOutcome.REFUSED);
        return false;
    }

    /** The method's own declaration wins over its class's, as for an enterprise bean; neither is nobody. */
    static boolean permits(Method method, Class<?> resource, Caller caller) {
        if (method.isAnnotationPresent(DenyAll.class)) {
            return false;
        }
        if (method.isAnnotationPresent(PermitAll.class)) {
            return true;
        }
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (roles == null && resource != null && !resource.isAnnotationPresent(DenyAll.class)) {
            if (resource.isAnnotationPresent(PermitAll.class)) {
                return true;
            }
            roles = resource.getAnnotation(RolesAllowed.class);
        }
        return roles != null && caller.isAuthenticated() && Arrays.stream(roles.value()).anyMatch(caller::hasRole);
    }

    /** {@code Resource.method} ({@code Endpoint.method}): the operation as the platform names it. */
    static String operationOf(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }
}

package eu.csar.audit.application;

import eu.csar.audit.api.AccessAction;
import eu.csar.audit.api.AuditOutcome;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;

import java.lang.reflect.Method;

/**
 * The one place where a service call refused for the caller's role is recorded, whatever the
 * transport (REST, SOAP, a portal page, a message consumer): an EJB container interceptor, bound
 * to every bean in {@code META-INF/jboss-ejb3.xml} of the ejb and jms modules, so it runs before
 * the container's security check and sees its {@link EJBAccessException}. It records one
 * {@link AccessAction#OPERATION_REFUSED} entry whose object is the refused operation as the platform
 * names it ({@code ProviderRegistry.amend}), never anything from the request. A REST call whose role
 * the resource method does not allow never gets here: the web layer's {@code RoleGate} refuses it
 * before its input is read and records the same entry, naming the REST operation.
 *
 * <p>A refusal passes on as a {@link RecordedRefusal}, so that a service calling a refused service
 * does not record it a second time. Refusals a service decides itself (another tenant's object, a
 * move its workflow forbids) are recorded by that service with its own action and the object's id.
 */
public class RefusedCallRecorder {

    static final String PURPOSE = "service call refused for the caller's role";

    @AroundInvoke
    public Object recordRefusal(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (RecordedRefusal alreadyRecorded) {
            throw alreadyRecorded;
        } catch (EJBAccessException refused) {
            CDI.current().select(AuditRecorder.class).get()
                    .refusal(AccessAction.OPERATION_REFUSED, operationOf(invocation.getMethod()), PURPOSE, AuditOutcome.REFUSED);
            throw new RecordedRefusal(refused);
        }
    }

    /** {@code Bean.method}: the bean's class (a no-interface view: the method's declaring class) and the method. */
    static String operationOf(Method method) {
        return method == null ? "(unknown operation)" : method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }

    /** A role refusal that is already on the audit trail; to every caller still the container's {@link EJBAccessException}. */
    public static final class RecordedRefusal extends EJBAccessException {
        private static final long serialVersionUID = 1L;

        RecordedRefusal(EJBAccessException refused) {
            super(refused.getMessage());
            initCause(refused.getCause());
            setStackTrace(refused.getStackTrace());
        }
    }
}

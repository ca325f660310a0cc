package eu.csar.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import eu.csar.web.platform.rest.RoleGate;
import eu.csar.web.platform.soap.SoapRoleGate;
import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.jws.WebMethod;
import jakarta.jws.WebService;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every REST operation says who may call it, so that {@link RoleGate} can refuse a caller with the
 * wrong role before anything of its request is read: a new endpoint cannot forget it (it would be
 * refused to everybody, fail closed, and this test names it). The roles are the ones of the services
 * the operation calls, as their {@code @RolesAllowed} say; an operation whose services are all
 * {@code @PermitAll} is {@code @PermitAll}. The SOAP operations likewise, checked by {@link SoapRoleGate}.
 */
class RestOperationsDeclareRolesTest {

    static final DescribedPredicate<JavaMethod> REST_OPERATION = DescribedPredicate.describe(
            "JAX-RS resource methods (annotated with an HTTP method)",
            m -> m.getAnnotations().stream().anyMatch(a -> a.getRawType().isAnnotatedWith(HttpMethod.class)));

    static final DescribedPredicate<JavaMethod> PARTNER_OPERATION = DescribedPredicate.describe(
            "REST resource methods and SOAP operations",
            m -> REST_OPERATION.test(m) || m.isAnnotatedWith(WebMethod.class));

    static final ArchCondition<JavaMethod> DECLARE_WHO_MAY_CALL =
            new ArchCondition<>("be annotated @RolesAllowed or @PermitAll (on the method or its class)") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    events.add(new SimpleConditionEvent(method, declaresAccess(method),
                            method.getFullName() + " declares neither @RolesAllowed nor @PermitAll"));
                }
            };

    static boolean declaresAccess(JavaMethod m) {
        return m.isAnnotatedWith(RolesAllowed.class) || m.isAnnotatedWith(PermitAll.class)
                || m.getOwner().isAnnotatedWith(RolesAllowed.class) || m.getOwner().isAnnotatedWith(PermitAll.class);
    }

    @Test
    void everyRestOperationDeclaresItsRolesOrPermitAll() {
        methods()
                .that(REST_OPERATION)
                .and().areDeclaredInClassesThat().resideInAPackage("eu.csar.web..rest")
                .should(DECLARE_WHO_MAY_CALL)
                .check(PlatformClasses.get());
    }

    /**
     * The web layer's roles follow the services': each listed role may call at least one service the
     * operation calls (none opened that every service refuses), and every role that may call all of
     * them is listed (none refused early that the services would serve). An operation that calls a
     * service conditionally (the technology register: the full register or its approved entries) lists
     * the roles of either branch; its service still refuses what it must.
     */
    @Test
    void restAndSoapOperationRolesAreThoseOfTheServicesTheyCall() {
        methods()
                .that(PARTNER_OPERATION)
                .and().areDeclaredInClassesThat().resideInAnyPackage("eu.csar.web..rest", "eu.csar.web..soap")
                .should(new ArchCondition<>("declare the roles of the services they call") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        Map<String, Set<String>> services = new TreeMap<>();
                        calledServices(method, new HashSet<>(), services);
                        Optional<Set<String>> declared = declaredRoles(method);
                        String problem = null;
                        if (services.isEmpty()) {
                            problem = "calls no service with declared roles";
                        } else if (services.values().stream().allMatch(Set::isEmpty)) {
                            if (declared.isPresent()) {
                                problem = "calls only @PermitAll services " + services.keySet() + " but declares " + declared.get();
                            }
                        } else if (declared.isEmpty()) {
                            problem = (method.isAnnotatedWith(PermitAll.class) ? "is @PermitAll" : "declares no roles")
                                    + " but calls " + services;
                        } else {
                            Set<String> union = new TreeSet<>();
                            Set<String> all = null;
                            for (Set<String> roles : services.values()) {
                                union.addAll(roles);
                                all = all == null ? new TreeSet<>(roles) : retain(all, roles);
                            }
                            if (!union.containsAll(declared.get()) || !declared.get().containsAll(all)) {
                                problem = "declares " + new TreeSet<>(declared.get()) + " but calls " + services;
                            }
                        }
                        events.add(new SimpleConditionEvent(method, problem == null, method.getFullName() + " " + problem));
                    }
                })
                .check(PlatformClasses.get());
    }

    /**
     * A SOAP operation declares its roles as a REST one does, and its endpoint checks them through
     * {@link SoapRoleGate} before it reads its input (the check's place in the funnel is the
     * endpoint's; {@code RolesBeforeInputIT} and {@code RefusalAuditIT} show it for SOAP).
     */
    @Test
    void everySoapOperationDeclaresItsRolesAndItsEndpointPassesTheGate() {
        methods()
                .that().areAnnotatedWith(WebMethod.class)
                .and().areDeclaredInClassesThat().resideInAPackage("eu.csar.web..soap")
                .should(DECLARE_WHO_MAY_CALL)
                .check(PlatformClasses.get());
        classes()
                .that().areAnnotatedWith(WebService.class).and().resideInAPackage("eu.csar.web..soap")
                .should().callMethod(SoapRoleGate.class, "require", Class.class, String.class)
                .check(PlatformClasses.get());
    }

    /** No request filter that reads the request may run before the role check. */
    @Test
    void theRoleGateIsTheFirstRequestFilter() {
        int gate = RoleGate.class.getAnnotation(Priority.class).value();
        assertTrue(gate == Priorities.AUTHORIZATION && !RoleGate.class.isAnnotationPresent(PreMatching.class));
        classes()
                .that().implement(ContainerRequestFilter.class).and().resideInAPackage("eu.csar.web..")
                .and().doNotHaveFullyQualifiedName(RoleGate.class.getName())
                .should(new ArchCondition<>("run after the role gate (a priority above Priorities.AUTHORIZATION, not @PreMatching)") {
                    @Override
                    public void check(JavaClass filter, ConditionEvents events) {
                        int priority = filter.tryGetAnnotationOfType(Priority.class).map(Priority::value).orElse(Priorities.USER);
                        events.add(new SimpleConditionEvent(filter, priority > gate && !filter.isAnnotatedWith(PreMatching.class),
                                filter.getName() + " runs at " + priority));
                    }
                })
                .check(PlatformClasses.get());
    }

    private static Set<String> retain(Set<String> all, Set<String> roles) {
        all.retainAll(roles);
        return all;
    }

    /** The method's roles, else its class's; empty for @PermitAll. */
    private static Optional<Set<String>> declaredRoles(JavaMethod method) {
        if (method.isAnnotatedWith(PermitAll.class)) {
            return Optional.empty();
        }
        if (method.isAnnotatedWith(RolesAllowed.class)) {
            return Optional.of(Set.of(method.getAnnotationOfType(RolesAllowed.class).value()));
        }
        return method.getOwner().tryGetAnnotationOfType(RolesAllowed.class).map(r -> Set.of(r.value()));
    }

    /**
     * The service methods ({@code eu.csar.*.application}, with {@code @RolesAllowed} or
     * {@code @PermitAll}, the latter as no roles) that {@code unit} calls directly or through the web
     * module's own code, lambdas included.
     */
    private static void calledServices(JavaCodeUnit unit, Set<JavaCodeUnit> seen, Map<String, Set<String>> services) {
        if (!seen.add(unit)) {
            return;
        }
        List<AccessTarget.CodeUnitAccessTarget> targets = new ArrayList<>();
        unit.getMethodCallsFromSelf().forEach(call -> targets.add(call.getTarget()));
        unit.getMethodReferencesFromSelf().forEach(reference -> targets.add(reference.getTarget()));
        unit.getConstructorCallsFromSelf().forEach(call -> targets.add(call.getTarget()));
        for (AccessTarget.CodeUnitAccessTarget target : targets) {
            Optional<? extends JavaCodeUnit> resolved = target.resolveMember();
            if (resolved.isEmpty()) {
                continue;
            }
            JavaCodeUnit callee = resolved.get();
            String pkg = callee.getOwner().getPackageName();
            if (Layout.isPlatformCode(pkg) && "application".equals(Layout.role(pkg)) && callee instanceof JavaMethod service) {
                Optional<JavaAnnotation<JavaMethod>> roles = service.tryGetAnnotationOfType(RolesAllowed.class.getName());
                if (roles.isPresent() || service.getOwner().isAnnotatedWith(RolesAllowed.class)) {
                    String[] value = roles.isPresent() ? service.getAnnotationOfType(RolesAllowed.class).value()
                            : service.getOwner().getAnnotationOfType(RolesAllowed.class).value();
                    services.put(service.getOwner().getSimpleName() + "." + service.getName(), new TreeSet<>(Arrays.asList(value)));
                } else if (service.isAnnotatedWith(PermitAll.class) || service.getOwner().isAnnotatedWith(PermitAll.class)) {
                    services.put(service.getOwner().getSimpleName() + "." + service.getName(), Set.of());
                }
            } else if (pkg.startsWith("eu.csar.web.")) {
                calledServices(callee, seen, services);
            }
        }
    }
}

package eu.csar.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import eu.csar.audit.api.AuditAction;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.Stateless;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

/**
 * What each tier may do (STYLE.md): pages and APIs talk to services, never to repositories, the
 * EntityManager or entities; message-driven beans are thin and only call services; roles below a
 * context depend downwards only; every service method says who may call it and takes typed ids;
 * the detection engine, which is also the providers' command-line tool, is plain Java.
 */
class TierRulesTest {

    static final DescribedPredicate<JavaClass> PERSISTENCE_INTERNALS = DescribedPredicate.describe(
            "entities, repositories or the EntityManager",
            c -> c.isAnnotatedWith(Entity.class) || c.getSimpleName().endsWith("Repository")
                    || c.isAssignableTo(EntityManager.class) || c.isAssignableTo(EntityManagerFactory.class));

    @Test
    void theWebTierNeverTouchesRepositoriesEntitiesOrTheEntityManager() {
        noClasses()
                .that().resideInAPackage("eu.csar.web..")
                .should().dependOnClassesThat(PERSISTENCE_INTERNALS)
                .check(PlatformClasses.get());
    }

    @Test
    void messageDrivenBeansOnlyCallServices() {
        classes()
                .that().areAnnotatedWith(MessageDriven.class)
                .should().onlyCallCodeUnitsThat(DescribedPredicate.describe(
                        "belong to application services, api contracts, the JDK or JMS", (JavaCodeUnit unit) -> {
                            String pkg = unit.getOwner().getPackageName();
                            return pkg.startsWith("java.") || pkg.startsWith("jakarta.jms")
                                    || (Layout.isPlatformCode(pkg) && Set.of("application", "api").contains(Layout.role(pkg)));
                        }))
                .andShould().onlyDependOnClassesThat(DescribedPredicate.not(PERSISTENCE_INTERNALS))
                .check(PlatformClasses.get());
    }

    /**
     * What a view-scoped bean or a lazy table model keeps between requests is replicated with the
     * HTTP session in a cluster: ids and small serializable views, never an entity; services are
     * injected (their container proxies are serializable).
     */
    @Test
    void portalStateBetweenRequestsIsSerializableAndHoldsNoEntity() {
        classes()
                .that().areAnnotatedWith(ViewScoped.class).or().areAssignableTo(LazyDataModel.class)
                .and().resideInAPackage("eu.csar.web..")
                .should(new ArchCondition<>("keep only serializable, non-entity state in their fields") {
                    @Override
                    public void check(JavaClass bean, ConditionEvents events) {
                        for (JavaField field : bean.getFields()) {
                            if (field.getModifiers().contains(JavaModifier.STATIC) || field.getModifiers().contains(JavaModifier.TRANSIENT)
                                    || field.isAnnotatedWith(Inject.class)) {
                                continue;
                            }
                            JavaClass type = field.getRawType();
                            boolean service = type.isAnnotatedWith(Stateless.class);
                            boolean serializable = type.isPrimitive() || type.isAssignableTo(Serializable.class)
                                    || (type.isInterface() && type.isAssignableTo(Collection.class));
                            if (PERSISTENCE_INTERNALS.test(type) || !(service || serializable)) {
                                events.add(SimpleConditionEvent.violated(field, field.getFullName() + " of type "
                                        + type.getName() + " is not a serializable view"));
                            }
                        }
                    }
                })
                .check(PlatformClasses.get());
    }

    @Test
    void theDomainDependsOnNoUpperRole() {
        noClasses()
                .that().resideInAPackage("eu.csar.*.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("eu.csar.*.application..", "eu.csar.*.messaging..",
                        "eu.csar.web..")
                .check(PlatformClasses.get());
    }

    @Test
    void apisDependOnlyOnOtherApisAndTheSharedKernel() {
        noClasses()
                .that().resideInAPackage("eu.csar.*.api..")
                .should().dependOnClassesThat(DescribedPredicate.describe(
                        "belong to a domain, application, messaging or web package (the shared kernel's excepted)",
                        (JavaClass c) -> Layout.isWeb(c.getPackageName()) || (Layout.isPlatformCode(c.getPackageName())
                                && !Layout.context(c.getPackageName()).equals("shared")
                                && Set.of("domain", "application", "messaging").contains(Layout.role(c.getPackageName())))))
                .check(PlatformClasses.get());
    }

    @Test
    void servicesDependOnNoTransport() {
        noClasses()
                .that().resideInAPackage("eu.csar.*.application..")
                .should().dependOnClassesThat().resideInAnyPackage("eu.csar.*.messaging..", "eu.csar.web..",
                        "jakarta.ws.rs..", "jakarta.faces..", "jakarta.servlet..", "jakarta.jws..", "jakarta.xml.ws..")
                .check(PlatformClasses.get());
    }

    @Test
    void everyPublicServiceMethodSaysWhoMayCallIt() {
        methods()
                .that().areDeclaredInClassesThat().areAnnotatedWith(Stateless.class)
                .and().arePublic().and().doNotHaveModifier(JavaModifier.SYNTHETIC)
                .should().beAnnotatedWith(RolesAllowed.class).orShould().beAnnotatedWith(PermitAll.class)
                .check(PlatformClasses.get());
    }

    @Test
    void servicesTakeTypedIdsNotRawUuids() {
        noMethods()
                .that().areDeclaredInClassesThat().areAnnotatedWith(Stateless.class).and().arePublic()
                .should().haveRawParameterTypes(DescribedPredicate.describe("include java.util.UUID",
                        types -> types.stream().anyMatch(t -> t.isEquivalentTo(UUID.class))))
                .orShould().haveRawReturnType(UUID.class)
                .check(PlatformClasses.get());
    }

    @Test
    void auditActionsAreEnums() {
        classes()
                .that().implement(AuditAction.class)
                .should().beEnums()
                .check(PlatformClasses.get());
    }

    @Test
    void theDetectionEngineIsPlainJava() {
        noClasses()
                .that().resideInAPackage("eu.csar.detection..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "javax.ejb..", "javax.persistence..",
                        "javax.inject..", "org.wildfly..", "org.jboss..", "org.hibernate..")
                .orShould().dependOnClassesThat(DescribedPredicate.describe("belong to another context of the platform",
                        (JavaClass c) -> Layout.isPlatformCode(c.getPackageName()) && !c.getPackageName().startsWith("eu.csar.detection")))
                .check(PlatformClasses.get());
    }
}

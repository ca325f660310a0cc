package eu.csar.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import eu.csar.shared.api.PublishedService;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Bounded contexts stay apart: no cycles between them, and a context reaches another only through
 * that one's {@code api} package and the application services it marks {@link PublishedService}.
 * The shared kernel and the detection library are open to all; the web module's shell
 * ({@code eu.csar.web.platform}) to every web package.
 */
class ContextBoundariesTest {

    /**
     * One slice per context, and one per context's web side: a web package may use the web shell,
     * which records refusals through the audit context, without that making audit and the shell one
     * knot.
     */
    static final SliceAssignment BY_CONTEXT = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            String pkg = c.getPackageName();
            if (!Layout.isPlatformCode(pkg)) {
                return SliceIdentifier.ignore();
            }
            return SliceIdentifier.of((Layout.isWeb(pkg) ? "web." : "") + Layout.context(pkg));
        }

        @Override
        public String getDescription() {
            return "bounded contexts (eu.csar.<context>..) and their web sides (eu.csar.web.<context>..)";
        }
    };

    static boolean allowed(JavaClass origin, JavaClass target) {
        String to = target.getPackageName();
        if (!Layout.isPlatformCode(to)) {
            return true;
        }
        String from = origin.getPackageName();
        String fromContext = Layout.context(from);
        String toContext = Layout.context(to);
        if (fromContext.equals(toContext) && (Layout.isWeb(to) == Layout.isWeb(from) || Layout.isWeb(from))) {
            return true;
        }
        if (Layout.OPEN_TO_ALL.contains(toContext) && !Layout.isWeb(to)) {
            return true;
        }
        if (Layout.isWeb(to)) {
            return Layout.isWeb(from) && toContext.equals(Layout.WEB_SHELL);
        }
        return Layout.role(to).equals("api") || target.isAnnotatedWith(PublishedService.class);
    }

    @Test
    void contextsAreFreeOfCycles() {
        slices().assignedFrom(BY_CONTEXT).should().beFreeOfCycles()
                .check(PlatformClasses.get());
    }

    @Test
    void contextsMeetOnlyThroughApisAndPublishedServices() {
        classes()
                .that().resideInAPackage("eu.csar..")
                .should(new ArchCondition<>("reach other contexts only through their api packages and @PublishedService services") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                            JavaClass target = d.getTargetClass().getBaseComponentType();
                            if (!allowed(origin, target)) {
                                events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                            }
                        }
                    }
                })
                .check(PlatformClasses.get());
    }

    @Test
    void theSharedKernelDependsOnNoContext() {
        noClasses()
                .that().resideInAPackage("eu.csar.shared..")
                .should().dependOnClassesThat().resideInAPackage("eu.csar..").andShould().resideOutsideOfPackage("eu.csar.shared..")
                .check(PlatformClasses.get());
    }
}

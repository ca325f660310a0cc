package eu.csar.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The layout later contexts copy: one package per role of each context, each role in its module,
 * and no Java package split across jars (STYLE.md, "Layout").
 */
class LayoutTest {

    /** Which module holds which role. */
    static final Map<String, String> MODULE_OF_ROLE = Map.of(
            "domain", "persistence", "api", "persistence", "application", "ejb", "messaging", "jms",
            "portal", "web", "rest", "web", "soap", "web");

    @Test
    void noPackageIsSplitAcrossJars() {
        JavaClasses imported = PlatformClasses.get();
        Map<String, Set<String>> locations = new TreeMap<>();
        for (JavaClass c : imported) {
            if (Layout.isPlatformCode(c.getPackageName())) {
                locations.computeIfAbsent(c.getPackageName(), p -> new TreeSet<>()).add(Layout.location(c));
            }
        }
        assertTrue(locations.size() > 20, "the import found the platform's packages: " + locations.keySet());
        Map<String, Set<String>> split = new TreeMap<>(locations);
        split.values().removeIf(l -> l.size() == 1);
        assertEquals(Map.of(), split, "packages split across jars");
    }

    @Test
    void theImportSeesEveryModule() {
        JavaClasses imported = PlatformClasses.get();
        Set<String> modules = new TreeSet<>();
        imported.forEach(c -> modules.add(Layout.module(c)));
        assertTrue(modules.containsAll(Set.of("persistence", "ejb", "jms", "web")),
                "the rules would hold vacuously for a module they cannot see: " + modules);
    }

    @Test
    void everyClassSitsInARoleOfAContext() {
        classes()
                .that().resideInAPackage("eu.csar..").and().resideOutsideOfPackage("eu.csar.detection..")
                .should(new ArchCondition<>("sit in eu.csar.<context>.<domain|api|application|messaging> "
                        + "or eu.csar.web.<context>.<portal|rest|soap>") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        String pkg = c.getPackageName();
                        String role = Layout.role(pkg);
                        boolean ok = Layout.isWeb(pkg) ? Layout.WEB_ROLES.contains(role) : Layout.CORE_ROLES.contains(role);
                        if (!ok) {
                            events.add(SimpleConditionEvent.violated(c, c.getName() + " is in " + pkg + ", which is no role package"));
                        }
                    }
                })
                .check(PlatformClasses.get());
    }

    @Test
    void eachRoleLivesInItsModule() {
        classes()
                .that().resideInAPackage("eu.csar..").and().resideOutsideOfPackage("eu.csar.detection..")
                .should(new ArchCondition<>("be built in the module of its role (domain and api: persistence, "
                        + "application: ejb, messaging: jms, portal/rest/soap: web)") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        String expected = MODULE_OF_ROLE.get(Layout.role(c.getPackageName()));
                        String actual = Layout.module(c);
                        if (expected != null && !expected.equals(actual)) {
                            events.add(SimpleConditionEvent.violated(c, c.getName() + " is built in " + actual + ", not " + expected));
                        }
                    }
                })
                .check(PlatformClasses.get());
    }
}

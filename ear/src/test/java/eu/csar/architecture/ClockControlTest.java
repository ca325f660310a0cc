package eu.csar.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import eu.csar.legal.application.PlatformClock;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Legal time moves only in tests and demonstrations: the platform clock's {@code advance} and
 * {@code reset} may be called from the test-support module ({@code eu.csar.testsupport..}) alone,
 * which only the test and demo EAR carries ({@code ProductionEarIT} checks the production EAR).
 */
class ClockControlTest {

    static final ArchRule ONLY_TEST_SUPPORT_MOVES_THE_CLOCK = noClasses()
            .that().resideOutsideOfPackage("eu.csar.testsupport..")
            .should().callMethod(PlatformClock.class, "advance", Duration.class)
            .orShould().callMethod(PlatformClock.class, "reset")
            .because("production code never moves legal time; only the test-support module may");

    /** The test-support WAR's classes, as the reactor built them just before this module. */
    static JavaClasses testSupportClasses() {
        Path classes = Path.of(System.getProperty("csar.test-support.classes", "../test-support/target/classes"));
        assertTrue(Files.isDirectory(classes), classes.toAbsolutePath() + " missing: build the test-support module first");
        return new ClassFileImporter().importPath(classes);
    }

    @Test
    void noProductionClassMovesTheClock() {
        ONLY_TEST_SUPPORT_MOVES_THE_CLOCK.check(PlatformClasses.get());
    }

    @Test
    void theTestSupportModuleMovesItAndTheRuleSeesThatCall() {
        JavaClasses testSupport = testSupportClasses();
        classes().that().haveSimpleName("ClockMover")
                .should().callMethod(PlatformClock.class, "advance", Duration.class)
                .andShould().callMethod(PlatformClock.class, "reset")
                .check(testSupport);
        // the same rule, told that test support were production code, would fail: it is not vacuous
        boolean refused;
        try {
            noClasses().should().callMethod(PlatformClock.class, "advance", Duration.class).check(testSupport);
            refused = false;
        } catch (AssertionError expected) {
            refused = true;
        }
        assertTrue(refused, "the rule did not see the test-support module's call of advance");
    }
}

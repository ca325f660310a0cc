package eu.csar.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The platform's production classes of every module, imported once per test JVM for all rules. */
final class PlatformClasses {

    private static JavaClasses imported;

    private PlatformClasses() {
    }

    static synchronized JavaClasses get() {
        if (imported == null) {
            imported = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("eu.csar");
        }
        return imported;
    }
}

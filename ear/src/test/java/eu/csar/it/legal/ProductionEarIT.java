package eu.csar.it.legal;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The clock control, and everything else of the test-support module, is absent from the production
 * EAR ({@code target/csar.ear}): no test-support.war, no {@code eu/csar/testsupport} class in any
 * module or library, no {@code /test-support} context root. The same inspection of the test and demo
 * EAR ({@code target/csar-demo.ear}) finds all three, so the inspection itself works.
 */
class ProductionEarIT {

    record Inspection(List<String> testSupportEntries, boolean contextRoot) {
    }

    static Inspection inspect(String property) throws IOException {
        File ear = new File(System.getProperty(property, ""));
        assertTrue(ear.isFile(), property + " names no file: " + ear.getAbsolutePath());
        List<String> found = new ArrayList<>();
        boolean[] contextRoot = {false};
        try (InputStream in = new java.io.FileInputStream(ear)) {
            walk(in, ear.getName(), found, contextRoot);
        }
        return new Inspection(found, contextRoot[0]);
    }

    /** Every entry of the archive and of the archives inside it, to any depth. */
    private static void walk(InputStream archive, String path, List<String> found, boolean[] contextRoot) throws IOException {
        ZipInputStream zip = new ZipInputStream(archive);
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
            String name = e.getName();
            String where = path + "!/" + name;
            if (name.equals("test-support.war") || name.contains("eu/csar/testsupport/")) {
                found.add(where);
            }
            if (name.endsWith(".war") || name.endsWith(".jar")) {
                walk(new ByteArrayInputStream(zip.readAllBytes()), where, found, contextRoot);
            } else if (name.equals("META-INF/application.xml")) {
                if (new String(zip.readAllBytes(), StandardCharsets.UTF_8).contains("/test-support")) {
                    contextRoot[0] = true;
                }
            }
        }
    }

    @Test
    void theProductionEarHasNoTestSupport() throws IOException {
        Inspection production = inspect("csar.production.ear");
        assertEquals(List.of(), production.testSupportEntries());
        assertFalse(production.contextRoot(), "csar.ear's application.xml names /test-support");
    }

    @Test
    void theDemoEarHasItSoTheInspectionWorks() throws IOException {
        Inspection demo = inspect("csar.ear");
        assertTrue(demo.testSupportEntries().stream().anyMatch(e -> e.endsWith("!/test-support.war")), demo.toString());
        assertTrue(demo.testSupportEntries().stream().anyMatch(e -> e.endsWith("eu/csar/testsupport/legal/ClockControl.class")),
                demo.toString());
        assertTrue(demo.contextRoot());
    }
}

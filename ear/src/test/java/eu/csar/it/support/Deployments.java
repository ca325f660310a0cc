package eu.csar.it.support;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

import java.io.File;

/**
 * Archives for {@code @Deployment} methods. Black-box tests deploy the real EAR that the build just
 * packaged, so they test exactly what ships (deployed once for the run and shared by the classes, see
 * {@link SuiteDeployment}):
 * <pre>
 * &#64;Deployment(testable = false)
 * static EnterpriseArchive ear() { return Deployments.ear(); }
 * </pre>
 */
public final class Deployments {

    /** The name the EAR is deployed under; the classes of a run share its deployment ({@link SuiteDeployment}). */
    public static final String EAR_NAME = "csar.ear";

    private Deployments() {
    }

    /**
     * {@code ear/target/csar-demo.ear} (csar.ear plus the test-support web module at /test-support),
     * deployed as {@code csar.ear} (web module at context root "/").
     */
    public static EnterpriseArchive ear() {
        File ear = new File(System.getProperty("csar.ear", "target/csar-demo.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException(ear.getAbsolutePath() + " does not exist: run the ITs with mvn verify");
        }
        return ShrinkWrap.create(ZipImporter.class, EAR_NAME).importFrom(ear).as(EnterpriseArchive.class);
    }
}

package eu.csar.testsupport.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The test-support controls under {@code /test-support/}: a web module that only the ITs' and the
 * demo's EAR ({@code ear/target/csar-demo.ear}) contain, never the production {@code csar.ear}.
 * Each control lives in the package of the context it exercises ({@code eu.csar.testsupport.<context>}).
 */
@ApplicationPath("/")
public class TestSupportApplication extends Application {
}

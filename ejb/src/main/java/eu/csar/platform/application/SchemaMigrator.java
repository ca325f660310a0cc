package eu.csar.platform.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import eu.csar.platform.api.StartupLoads;
import jakarta.inject.Inject;

import javax.sql.DataSource;

/**
 * Brings the database schema up to date before anything else runs ({@link SchemaMigrations}). With
 * the system property {@code csar.demo-data=true} it also loads the clearly marked demo data
 * (db/demo), which production never sets. Both are {@link StartupLoads start-up loads}: the node
 * is not ready until they are done, and stays not ready if one failed.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {

    public static final String DEMO_DATA_PROPERTY = "csar.demo-data";

    @Resource(lookup = "java:jboss/datasources/CsarDS")
    private DataSource dataSource;

    public static final String SCHEMA_LOAD = "schema migration";
    public static final String DEMO_LOAD = "demo data";

    @Inject
    StartupLoads startupLoads;

    @PostConstruct
    void migrate() {
        boolean demoData = Boolean.getBoolean(DEMO_DATA_PROPERTY);
        StartupLoads.Load schema = startupLoads.begin(SCHEMA_LOAD);
        StartupLoads.Load demo = demoData ? startupLoads.begin(DEMO_LOAD) : null;
        try {
            SchemaMigrations.of(dataSource, SchemaMigrator.class.getClassLoader())
                    .withDemoData(demoData)
                    .migrate();
        } catch (RuntimeException e) {
            schema.failed();
            if (demo != null) {
                demo.failed();
            }
            throw e;
        }
        schema.done();
        if (demo != null) {
            demo.done();
        }
    }
}

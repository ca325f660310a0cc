package eu.csar.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Brings the database schema up to date before anything else runs: Flyway owns the schema,
 * Hibernate never generates DDL. With the system property {@code csar.demo-data=true} it also
 * loads the clearly marked demo data (db/demo), which production never sets.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {

    public static final String DEMO_DATA_PROPERTY = "csar.demo-data";
    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = "java:jboss/datasources/CsarDS")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        if (Boolean.getBoolean(DEMO_DATA_PROPERTY)) {
            locations.add("classpath:db/demo");
        }
        Flyway flyway = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .load();
        MigrateResult result = flyway.migrate();
        MigrationInfo current = flyway.info().current();
        LOG.info(() -> "Schema at version " + (current == null ? "(empty)" : current.getVersion() + " " + current.getDescription())
                + ": " + result.migrationsExecuted + " migration(s) applied now, locations " + locations);
    }
}

package eu.csar.platform.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

import javax.sql.DataSource;

/**
 * Brings the database schema up to date before anything else runs ({@link SchemaMigrations}). With
 * the system property {@code csar.demo-data=true} it also loads the clearly marked demo data
 * (db/demo), which production never sets.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {

    public static final String DEMO_DATA_PROPERTY = "csar.demo-data";

    @Resource(lookup = "java:jboss/datasources/CsarDS")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        SchemaMigrations.of(dataSource, SchemaMigrator.class.getClassLoader())
                .withDemoData(Boolean.getBoolean(DEMO_DATA_PROPERTY))
                .migrate();
    }
}

package eu.csar.testsupport.batch;

import eu.csar.platform.application.BatchJobOwner;
import eu.csar.platform.application.BatchJobOwners;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Tells the platform, when this module starts, that this module owns its jobs (so that the operator
 * screen restarts them through this module's job operator); creates the test job's own table before
 * a run starts (not at start-up: the schema migration of the EJB module may not have run yet, and it
 * refuses a database holding tables it does not know).
 */
@Singleton
@Startup
public class TestItemsJob {

    public static final String JOB = "csar-test-items";

    @Resource(lookup = "java:jboss/datasources/CsarDS")
    DataSource dataSource;

    @Inject
    BatchJobOwners owners;

    private BatchJobOwner owner;

    @PostConstruct
    void start() {
        owner = BatchJobOwner.ofModule(TestItemsJob.class.getClassLoader());
        owners.register(owner);
    }

    /** Creates {@code test_batch_items} if it is missing. */
    public void ensureTable() {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS test_batch_items (id BIGSERIAL PRIMARY KEY, run_id VARCHAR(64) NOT NULL, "
                    + "item INTEGER NOT NULL, execution_id BIGINT NOT NULL, written_at TIMESTAMPTZ NOT NULL DEFAULT now())");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test_batch_items", e);
        }
    }

    @PreDestroy
    void stop() {
        owners.withdraw(owner);
    }
}

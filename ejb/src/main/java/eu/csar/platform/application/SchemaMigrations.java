package eu.csar.platform.application;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Brings a database to the current schema, and optionally loads the demo data. Flyway owns the
 * schema ({@code db/migration}, versioned, history in {@code flyway_schema_history}); Hibernate never
 * generates DDL. Demo data ({@code db/demo}) are repeatable, idempotent scripts written for the
 * current schema and kept in a history table of their own ({@value #DEMO_HISTORY_TABLE}), applied
 * after the schema: so a demo database never holds a version number that would block the next real
 * migration. Databases loaded by earlier versions, which recorded the demo data as schema version
 * {@value #LEGACY_DEMO_VERSION}, lose that record first (the rows themselves stay).
 *
 * <p>Plain Java, so that tests can run exactly what the server runs at start-up against a real
 * PostgreSQL schema of their own.
 */
public final class SchemaMigrations {

    public static final String SCHEMA_LOCATION = "classpath:db/migration";
    public static final String DEMO_LOCATION = "classpath:db/demo";
    public static final String DEMO_HISTORY_TABLE = "flyway_demo_history";
    static final String LEGACY_DEMO_VERSION = "1000";
    /**
     * Tables the server creates in the platform's schema itself, never Flyway: the EJB timer store's
     * (configure-82-timers.cli) and the batch job repository's (V10 declares the same tables; the
     * batch subsystem probes first and creates nothing when they exist).
     */
    static final Set<String> SERVER_TABLES = Set.of("jboss_ejb_timer",
            "job_instance", "job_execution", "step_execution", "partition_execution");

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    private final DataSource dataSource;
    private final ClassLoader classLoader;
    private String schema;
    private boolean demoData;
    private final List<String> extraSchemaLocations = new ArrayList<>();

    private SchemaMigrations(DataSource dataSource, ClassLoader classLoader) {
        this.dataSource = dataSource;
        this.classLoader = classLoader;
    }

    /** {@code classLoader} must see the migration scripts (in WildFly: that of the deployment). */
    public static SchemaMigrations of(DataSource dataSource, ClassLoader classLoader) {
        return new SchemaMigrations(dataSource, classLoader);
    }

    /** A schema other than the connection's default, e.g. a test's own. */
    public SchemaMigrations inSchema(String schemaName) {
        this.schema = schemaName;
        return this;
    }

    public SchemaMigrations withDemoData(boolean load) {
        this.demoData = load;
        return this;
    }

    /** More versioned migrations beside {@link #SCHEMA_LOCATION} (tests add a future migration this way). */
    public SchemaMigrations withSchemaLocation(String location) {
        extraSchemaLocations.add(location);
        return this;
    }

    /** What {@link #migrate()} did: the schema version reached and how many scripts ran. */
    public record Outcome(String schemaVersion, int schemaMigrationsRun, int demoScriptsRun) {
    }

    public Outcome migrate() {
        forgetLegacyDemoVersion();
        List<String> locations = new ArrayList<>(List.of(SCHEMA_LOCATION));
        locations.addAll(extraSchemaLocations);
        FluentConfiguration schemaConfig = configure().locations(locations.toArray(String[]::new));
        if (holdsOnlyServerTables()) {
            // Before V1, so every migration runs; only for a schema the platform never migrated.
            schemaConfig.baselineOnMigrate(true).baselineVersion("0");
        }
        Flyway schemaFlyway = schemaConfig.load();
        int schemaRun = schemaFlyway.migrate().migrationsExecuted;
        int demoRun = 0;
        if (demoData) {
            demoRun = configure().locations(DEMO_LOCATION).table(DEMO_HISTORY_TABLE)
                    .baselineOnMigrate(true).baselineVersion("0").load().migrate().migrationsExecuted;
        }
        MigrationInfo current = schemaFlyway.info().current();
        Outcome outcome = new Outcome(current == null ? "(empty)" : current.getVersion() + " " + current.getDescription(),
                schemaRun, demoRun);
        LOG.info(() -> "Schema at version " + outcome.schemaVersion() + ": " + outcome.schemaMigrationsRun()
                + " migration(s) applied now" + (demoData ? "; demo data: " + outcome.demoScriptsRun() + " script(s) run" : ""));
        return outcome;
    }

    private FluentConfiguration configure() {
        FluentConfiguration config = Flyway.configure(classLoader).dataSource(dataSource);
        return schema == null ? config : config.schemas(schema).defaultSchema(schema);
    }

    /** Earlier versions recorded the demo data as schema version 1000, which would refuse every later migration. */
    private void forgetLegacyDemoVersion() {
        String history = (schema == null ? "" : "\"" + schema + "\".") + "flyway_schema_history";
        try (Connection c = dataSource.getConnection()) {
            if (!historyExists(c)) {
                return;
            }
            try (Statement st = c.createStatement()) {
                int removed = st.executeUpdate("DELETE FROM " + history + " WHERE version = '" + LEGACY_DEMO_VERSION
                        + "' AND script LIKE 'V" + LEGACY_DEMO_VERSION + "__demo%'");
                if (removed > 0) {
                    LOG.info(() -> "Removed the record of demo data as schema version " + LEGACY_DEMO_VERSION
                            + " (the demo rows stay; demo data now has its own history, " + DEMO_HISTORY_TABLE + ")");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot inspect the schema history", e);
        }
    }

    /**
     * A schema without a migration history that holds nothing but tables WildFly creates there itself
     * ({@link #SERVER_TABLES}): the EJB timer service's database store creates its table when the
     * application deploys, and the batch subsystem its job repository when the server boots, both
     * before this migration runs on a fresh database. Flyway would refuse such a schema as "not empty"; it is fresh all the same.
     */
    private boolean holdsOnlyServerTables() {
        try (Connection c = dataSource.getConnection()) {
            if (historyExists(c)) {
                return false;
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT lower(table_name) FROM information_schema.tables WHERE table_schema = "
                            + (schema == null ? "current_schema()" : "?"))) {
                if (schema != null) {
                    ps.setString(1, schema);
                }
                boolean any = false;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (!SERVER_TABLES.contains(rs.getString(1))) {
                            return false;
                        }
                        any = true;
                    }
                }
                return any;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot inspect the schema", e);
        }
    }

    private boolean historyExists(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM information_schema.tables WHERE table_name = 'flyway_schema_history' AND table_schema = "
                        + (schema == null ? "current_schema()" : "?"))) {
            if (schema != null) {
                ps.setString(1, schema);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}

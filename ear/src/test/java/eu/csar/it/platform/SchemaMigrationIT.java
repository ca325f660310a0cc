package eu.csar.it.platform;

import eu.csar.it.support.Db;
import eu.csar.platform.application.SchemaMigrations;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The schema migration the server runs at start-up ({@link SchemaMigrations}), run here against
 * real PostgreSQL in a schema of the test's own: a new schema migration applies on top of a database
 * that already has demo data, and a demo database of the earlier layout (demo data recorded as
 * schema version 1000, which refused every later migration) is upgraded without losing or doubling
 * anything.
 */
class SchemaMigrationIT {

    static final String EPSILON = "7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b05";

    private String schema;
    private PGSimpleDataSource dataSource;

    @BeforeEach
    void ownSchema() {
        schema = "migration_it_" + UUID.randomUUID().toString().substring(0, 8);
        Db.execute("CREATE SCHEMA " + schema);
        dataSource = new PGSimpleDataSource();
        dataSource.setUrl(Db.url());
        dataSource.setUser(System.getProperty("csar.test.db.user", "csar"));
        dataSource.setPassword(System.getProperty("csar.test.db.password", "csar"));
    }

    @AfterEach
    void dropSchema() {
        Db.execute("DROP SCHEMA " + schema + " CASCADE");
    }

    SchemaMigrations migrations() {
        return SchemaMigrations.of(dataSource, getClass().getClassLoader()).inSchema(schema);
    }

    /**
     * The version of the newest migration in db/migration, followed by a space ("7 " for V7__...), as
     * Flyway resolves them: so that each new migration does not have to edit this test.
     */
    String latestSchema() {
        return Arrays.stream(Flyway.configure(getClass().getClassLoader()).dataSource(dataSource).schemas(schema)
                        .defaultSchema(schema).locations(SchemaMigrations.SCHEMA_LOCATION).load().info().all())
                .map(MigrationInfo::getVersion).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElseThrow() + " ";
    }

    long count(String sql) {
        return Db.count(sql.replace("{s}", schema));
    }

    @Test
    void aNewMigrationAppliesOnTopOfADatabaseWithDemoData() {
        SchemaMigrations.Outcome first = migrations().withDemoData(true).migrate();
        assertTrue(first.schemaVersion().startsWith(latestSchema()), first.toString());
        assertEquals(1, first.demoScriptsRun());
        assertEquals(6, count("select count(*) from {s}.providers"));
        assertEquals(List.of("REGISTER", "SUSPEND"), Db.rows("select event from " + schema + ".provider_status_changes "
                + "where provider_id = ?::uuid order by event", EPSILON).stream().map(r -> r.get("event")).toList());

        SchemaMigrations.Outcome next = migrations().withDemoData(true)
                .withSchemaLocation("classpath:db/migration-probe").migrate();

        assertEquals(1, next.schemaMigrationsRun(), "the new migration ran: " + next);
        assertTrue(next.schemaVersion().startsWith("9000 "), next.toString());
        assertEquals(0, next.demoScriptsRun(), "unchanged demo data is not loaded again");
        assertEquals(6, count("select count(*) from {s}.providers where probe_note = 'migrated after demo data'"));
        assertEquals(7, count("select count(*) from {s}.provider_status_changes"), "no demo row was added twice");
    }

    /** WildFly's batch subsystem creates its job repository's tables at boot, before the deployment migrates. */
    @Test
    void aDatabaseWhereTheBatchSubsystemCameFirstIsMigratedAndKeepsItsJobs() {
        Db.execute("CREATE TABLE " + schema + ".job_instance (jobinstanceid BIGSERIAL PRIMARY KEY, version INTEGER, "
                        + "jobname VARCHAR(512), applicationname VARCHAR(512))",
                "INSERT INTO " + schema + ".job_instance (jobname) VALUES ('created-at-boot')");
        SchemaMigrations.Outcome outcome = migrations().migrate();
        assertTrue(outcome.schemaVersion().startsWith(latestSchema()), outcome.toString());
        assertEquals(1, count("select count(*) from {s}.flyway_schema_history where version = '1'"), "every migration ran");
        assertEquals(1, count("select count(*) from {s}.job_instance where jobname = 'created-at-boot'"), "the job kept");
        assertEquals(0, count("select count(*) from {s}.job_execution"), "V10 added the tables that were missing");
    }

    @Test
    void anyOtherNonEmptySchemaWithoutAHistoryIsStillRefused() {
        Db.execute("CREATE TABLE " + schema + ".job_instance (jobinstanceid BIGSERIAL PRIMARY KEY)",
                "CREATE TABLE " + schema + ".someone_elses (id INTEGER)");
        assertThrows(org.flywaydb.core.api.FlywayException.class, () -> migrations().migrate());
        assertEquals(0, count("select count(*) from information_schema.tables where table_schema = '{s}' and table_name = 'providers'"));
    }

    @Test
    void aFreshSchemaWhereTheTimerServiceCreatedItsTableFirstIsMigratedFromTheStart() {
        // What WildFly's timer store (configure-82-timers.cli) does on a fresh database before the
        // application's migration runs.
        Db.execute("CREATE TABLE " + schema + ".jboss_ejb_timer (id VARCHAR PRIMARY KEY NOT NULL, timed_object_id VARCHAR NOT NULL)");

        SchemaMigrations.Outcome outcome = migrations().migrate();

        assertTrue(outcome.schemaVersion().startsWith(latestSchema()), outcome.toString());
        assertEquals(0, count("select count(*) from {s}.providers"));
        assertEquals(0, count("select count(*) from {s}.deadlines"));
        assertEquals(1, count("select count(*) from {s}.flyway_schema_history where version = '1'"), "V1 ran, not skipped by a baseline");
    }

    @Test
    void aSchemaWithTablesOfItsOwnButNoHistoryIsStillRefused() {
        Db.execute("CREATE TABLE " + schema + ".someone_elses (id INTEGER)");
        assertThrows(RuntimeException.class, () -> migrations().migrate());
    }

    @Test
    void aDemoDatabaseOfTheEarlierLayoutIsUpgraded() {
        Flyway.configure(getClass().getClassLoader()).dataSource(dataSource).schemas(schema).defaultSchema(schema)
                .locations(SchemaMigrations.SCHEMA_LOCATION).target("3").load().migrate();
        Flyway.configure(getClass().getClassLoader()).dataSource(dataSource).schemas(schema).defaultSchema(schema)
                .locations("classpath:db/legacy-demo").ignoreMigrationPatterns("*:missing").load().migrate();
        assertEquals(1, count("select count(*) from {s}.flyway_schema_history where version = '1000'"), "the earlier layout");
        Db.execute("INSERT INTO " + schema + ".notifications (id, recipient_ms, kind, subject_type, subject_id, subject_label, "
                + "created_at, source_message_id) VALUES ('" + UUID.randomUUID() + "', 'IE', 'PROVIDER_LEGAL_REPRESENTATIVE_CHANGED', "
                + "'Provider', '" + EPSILON + "', 'Epsilon', now(), 'ID:before-V5')");

        SchemaMigrations.Outcome upgraded = migrations().withDemoData(true).migrate();

        assertTrue(upgraded.schemaVersion().startsWith(latestSchema()), upgraded.toString());
        assertEquals(0, count("select count(*) from {s}.flyway_schema_history where version = '1000'"));
        assertEquals(6, count("select count(*) from {s}.providers"),
                "the five demo rows of the earlier layout stay, none is added twice; Zeta, new in the demo data, is added");
        assertEquals(0, count("select count(*) from {s}.providers p where not exists "
                + "(select 1 from {s}.provider_status_changes c where c.provider_id = p.id and c.event = 'REGISTER')"));
        assertEquals(6, count("select count(*) from {s}.provider_status_changes where event = 'REGISTER'"),
                "one registration per provider");
        assertEquals(1, count("select count(*) from {s}.provider_status_changes where actor = 'demo-data'"),
                "V4 wrote the earlier five providers' registrations; the demo script only Zeta's");
        List<Map<String, Object>> epsilon = Db.rows("select from_status, event, to_status, actor from " + schema
                + ".provider_status_changes where provider_id = ?::uuid order by event", EPSILON);
        assertEquals(List.of("REGISTER", "SUSPEND"), epsilon.stream().map(r -> r.get("event")).toList());
        assertEquals("unknown (before V4)", epsilon.get(1).get("actor"));
        assertEquals(List.of(Map.of("kind", "PROVIDER_CHANGED", "changes", "LEGAL_REPRESENTATIVE", "competent_before", "IE",
                        "competent_after", "IE")), Db.rows("select kind, changes, competent_before, competent_after from " + schema
                        + ".notifications where source_message_id = 'ID:before-V5'"),
                "V5 gives an earlier notification the codes its texts are now built from");

        SchemaMigrations.Outcome next = migrations().withDemoData(true).withSchemaLocation("classpath:db/migration-probe").migrate();
        assertEquals(1, next.schemaMigrationsRun(), "and the next migration applies too");
    }
}

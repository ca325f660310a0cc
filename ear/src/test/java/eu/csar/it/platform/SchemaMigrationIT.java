package eu.csar.it.platform;

import eu.csar.it.support.Db;
import eu.csar.platform.application.SchemaMigrations;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
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

    /** How long a report's insert may wait for a lock before the test calls it a wait (none is expected). */
    private static final String LONGEST_WAIT_ALLOWED = "3s";

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

    /**
     * The transparency counters a finished report adds (V47, V54), kept by functions whose plans a
     * session keeps (V59): eight one-call reports in one session, each a report row inserted FINISHED
     * and then its two items, all eight carrying the same synthetic PDQ hash, so that from the second on
     * the hash was seen before. Enough calls in one session for PostgreSQL to switch to its kept plans.
     */
    @Test
    void eightFinishedReportsInOneSessionAreCountedOnceEachWithTheItemsSeenBefore() {
        migrations().migrate();
        String provider = UUID.randomUUID().toString();
        List<String> statements = new ArrayList<>(List.of("SET LOCAL search_path TO " + schema, counterProvider(provider)));
        for (int i = 1; i <= 8; i++) {
            statements.addAll(finishedReport(provider, "timestamptz '2031-03-01T10:00:00Z' + interval '" + i + " minutes'"));
        }
        Db.execute(statements.toArray(String[]::new));

        assertEquals(8, counted("REPORTS_RECEIVED", "provider_id = '" + provider + "' and category = 'KNOWN'"));
        assertEquals(8, counted("REPORTS_RECEIVED_BY_MS", "member_state = 'NL' and category = 'KNOWN'"));
        assertEquals(16, counted("REPORT_ITEMS", "provider_id = '" + provider + "'"), "two items a report");
        assertEquals(7, counted("REPORT_ITEMS_SEEN_BEFORE", "provider_id = '" + provider + "'"),
                "the PDQ hash of every report after the first");
        assertEquals(List.of(Map.of("proname", "transparency_add", "lanname", "plpgsql"),
                        Map.of("proname", "transparency_report_items", "lanname", "plpgsql")),
                Db.rows("select p.proname::text as proname, l.lanname::text as lanname from pg_proc p join pg_language l "
                        + "on l.oid = p.prolang join pg_namespace n on n.oid = p.pronamespace where n.nspname = ? "
                        + "and p.proname in ('transparency_add', 'transparency_report_items') order by 1", schema),
                "plans kept per session, not parsed and planned at every report");
    }

    /**
     * Reports finished at once share the counter rows of their key (REPORTS_RECEIVED_BY_MS: year,
     * Member State, type, for every provider), spread over 64 slots. Before V61 the slot was the
     * session's pid modulo 64, so two pool sessions of one slot waited for each other's commit. Here
     * two sessions whose pids share a slot, and six more, each insert a finished report and keep their
     * transactions open: none may wait for another (a wait runs into the lock timeout and fails the
     * test), and once all commit every figure counts each report exactly once.
     */
    @Test
    void reportsFinishedAtOnceInSessionsOfOneSlotNeitherWaitNorMiscount() throws SQLException {
        migrations().migrate();
        String provider = UUID.randomUUID().toString();
        Db.execute("SET LOCAL search_path TO " + schema, counterProvider(provider));
        List<Connection> sessions = new ArrayList<>();
        try {
            Connection first = Db.connect();
            sessions.add(first);
            sessions.add(sessionWithPidInTheSameSlotAs(first));
            while (sessions.size() < 8) {
                sessions.add(Db.connect());
            }
            for (Connection session : sessions) {
                session.setAutoCommit(false);
                try (Statement st = session.createStatement()) {
                    st.execute("SET LOCAL search_path TO " + schema);
                    st.execute("SET LOCAL lock_timeout = '" + LONGEST_WAIT_ALLOWED + "'");
                    for (String sql : finishedReport(provider, "timestamptz '2031-04-01T10:00:00Z'")) {
                        st.execute(sql);
                    }
                }
            }
            for (Connection session : sessions) {
                session.commit();
            }
        } finally {
            for (Connection session : sessions) {
                session.close();
            }
        }

        assertEquals(8, counted("REPORTS_RECEIVED", "provider_id = '" + provider + "'"));
        assertEquals(8, counted("REPORTS_RECEIVED_BY_MS", "member_state = 'NL' and category = 'KNOWN'"));
        assertEquals(16, counted("REPORT_ITEMS", "provider_id = '" + provider + "'"), "two items a report");
        assertEquals(8, count("select count(distinct slot) from {s}.transparency_counts where year = 2031 "
                + "and figure = 'REPORTS_RECEIVED_BY_MS'"), "each open transaction in a slot of its own");
    }

    /** The sum over the slots of a transparency figure of the synthetic year 2031, for the rows {@code filter} selects. */
    private long counted(String figure, String filter) {
        return count("select coalesce(sum(count), 0) from {s}.transparency_counts where year = 2031 and figure = '"
                + figure + "' and " + filter);
    }

    /** A new session whose backend pid falls in the same of the 64 counter slots as {@code other}'s (V58's choice). */
    private static Connection sessionWithPidInTheSameSlotAs(Connection other) throws SQLException {
        long slot = pid(other) % 64;
        for (int attempt = 0; attempt < 4096; attempt++) {
            Connection candidate = Db.connect();
            if (pid(candidate) % 64 == slot) {
                return candidate;
            }
            candidate.close();
        }
        throw new IllegalStateException("no backend pid in slot " + slot + " after 4096 sessions");
    }

    private static long pid(Connection session) throws SQLException {
        try (Statement st = session.createStatement(); ResultSet rs = st.executeQuery("select pg_backend_pid()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String counterProvider(String provider) {
        return "INSERT INTO providers (id, legal_name, status, contact_email, contact_phone, contact_languages, created_at, "
                + "updated_at, main_establishment) VALUES ('" + provider + "', 'Synthetic counter provider', 'ACTIVE', "
                + "'counter@provider.example', '+3100000000', 'en', now(), now(), 'NL')";
    }

    /** A one-call report as the intake stores it: the row inserted FINISHED (NL, KNOWN), then its PDQ and MD5 items. */
    private static List<String> finishedReport(String provider, String at) {
        String report = UUID.randomUUID().toString();
        return List.of("INSERT INTO reports (id, version, provider_id, state, report_type, provider_timestamp, "
                        + "reported_to_third_country, removed_or_disabled, urgent, legal_basis, opened_by, opened_at, state_changed_at, "
                        + "finished_at, signature, signed_document_sha256, profile_id, profile_version, ip_address, location_country) "
                        + "VALUES ('" + report + "', 0, '" + provider + "', 'FINISHED', 'KNOWN', " + at + ", false, false, false, 'Art 12', "
                        + "'counter-test', " + at + ", " + at + ", " + at + ", 'sig', repeat('d', 64), 'COM-2022-209', 1, '192.0.2.1', 'NL')",
                "INSERT INTO report_evidence (id, report_id, position, kind, hash_value, quality, attached_at) VALUES "
                        + "('" + UUID.randomUUID() + "', '" + report + "', 1, 'PDQ', repeat('c0', 32), 90, " + at + "), "
                        + "('" + UUID.randomUUID() + "', '" + report + "', 2, 'MD5', md5('" + report + "'), NULL, " + at + ")");
    }
}

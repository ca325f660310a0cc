import eu.csar.load.SyntheticPdqList;
import eu.csar.platform.application.SchemaMigrations;
import org.postgresql.PGConnection;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.sql.ResultSet;

/**
 * Seeds the database of bin/index-startup-bench: the platform's schema (SchemaMigrations, as the
 * server runs it), then N synthetic ACTIVE PDQ indicators in the known-images set with one live
 * provenance link each (THIRD_PARTY_LIST), written by COPY, then VACUUM ANALYZE so that the timed
 * start-up reads a settled table, as a production node would. The keys and indexes of the two
 * tables (and the foreign keys to them) are dropped for the load and re-created after it: ten
 * million inserts into B-trees on random keys (the UUID primary key, (set_id, kind, value)) are
 * what made the seed take half an hour on the shared machine; one sort per index takes minutes. The
 * rows are the first N of SyntheticPdqList (load-test module) for SEED and CLUSTER: random bits, never
 * derived from any image, uniform (CLUSTER 1) or in groups of CLUSTER within 24 bits of each other;
 * MatchSimulation replays the same list to know what the node holds (bin/load match seeds this way).
 * Usage: java -cp ... StartupSeed.java JDBC_URL USER PASSWORD N CLUSTER SEED
 */
public class StartupSeed {

    static final String SET = "00000000-0000-4000-8000-000000000441";

    public static void main(String[] args) throws Exception {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(args[0]);
        ds.setUser(args[1]);
        ds.setPassword(args[2]);
        int n = Integer.parseInt(args[3]);
        int cluster = Math.max(1, Integer.parseInt(args[4]));
        long seed = Long.parseLong(args[5]);
        long t0 = System.nanoTime();
        System.out.println("schema: " + SchemaMigrations.of(ds, StartupSeed.class.getClassLoader()).migrate());
        try (Connection c = ds.getConnection()) {
            List<String> rebuild = dropKeysAndIndexes(c);
            long copied = c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "COPY indicators (id, version, set_id, kind, value, quality, state, created_at, state_changed_at) FROM STDIN",
                    new java.io.Reader() {
                        final StringBuilder buf = new StringBuilder(1 << 16);
                        final SyntheticPdqList list = new SyntheticPdqList(seed, cluster);
                        int k;
                        int pos;

                        @Override
                        public int read(char[] cbuf, int off, int len) {
                            while (pos >= buf.length()) {
                                if (k >= n) {
                                    return -1;
                                }
                                buf.setLength(0);
                                pos = 0;
                                for (int i = 0; i < 500 && k < n; i++, k++) {
                                    SyntheticPdqList.Entry e = list.next();
                                    buf.append(e.id()).append("\t0\t").append(SET).append("\tPDQ\t").append(e.hex())
                                            .append("\t100\tACTIVE\t2026-12-02T00:00:00Z\t2026-12-02T00:00:00Z\n");
                                }
                            }
                            int m = Math.min(len, buf.length() - pos);
                            buf.getChars(pos, pos + m, cbuf, off);
                            pos += m;
                            return m;
                        }

                        @Override
                        public void close() {
                        }
                    });
            System.out.printf("indicators: %d rows in %.1f s%n", copied, (System.nanoTime() - t0) / 1e9);
            try (Statement s = c.createStatement()) {
                int links = s.executeUpdate("insert into indicator_provenance (id, indicator_id, source, process, process_version, label,"
                        + " verified, added_at) select gen_random_uuid(), id, 'THIRD_PARTY_LIST', 'index-startup-bench', '1', 'synthetic',"
                        + " true, '2026-12-02T00:00:00Z' from indicators where value is not null");
                System.out.printf("provenance: %d links at %.1f s%n", links, (System.nanoTime() - t0) / 1e9);
                s.execute("set maintenance_work_mem = '1GB'");
                for (String sql : rebuild) {
                    s.execute(sql);
                }
                System.out.printf("keys and indexes: %d re-created at %.1f s%n", rebuild.size(), (System.nanoTime() - t0) / 1e9);
                s.execute("vacuum analyze indicators");
                s.execute("vacuum analyze indicator_provenance");
            }
            System.out.printf("seeded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        }
    }

    /**
     * Drops the keys and indexes of indicators and indicator_provenance and every foreign key to
     * them; returns the statements that re-create them, in order (indexes, keys, foreign keys).
     */
    static List<String> dropKeysAndIndexes(Connection c) throws java.sql.SQLException {
        String tables = "('indicators'::regclass, 'indicator_provenance'::regclass)";
        List<String> drop = new ArrayList<>();
        List<String> indexes = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<String> foreign = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select conrelid::regclass, conname, pg_get_constraintdef(oid), contype from pg_constraint"
                    + " where (contype = 'f' and (conrelid in " + tables + " or confrelid in " + tables + "))"
                    + " or (contype in ('p', 'u') and conrelid in " + tables + ") order by contype = 'f' desc")) {
                while (rs.next()) {
                    drop.add("alter table " + rs.getString(1) + " drop constraint " + rs.getString(2));
                    ("f".equals(rs.getString(4)) ? foreign : keys).add(
                            "alter table " + rs.getString(1) + " add constraint " + rs.getString(2) + " " + rs.getString(3));
                }
            }
            try (ResultSet rs = s.executeQuery("select i.indexrelid::regclass, pg_get_indexdef(i.indexrelid) from pg_index i"
                    + " where i.indrelid in " + tables + " and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid"
                    + " and k.contype in ('p', 'u'))")) {
                while (rs.next()) {
                    drop.add("drop index " + rs.getString(1));
                    indexes.add(rs.getString(2));
                }
            }
            for (String sql : drop) {
                s.execute(sql);
            }
        }
        List<String> rebuild = new ArrayList<>(indexes);
        rebuild.addAll(keys);
        rebuild.addAll(foreign);
        return rebuild;
    }
}

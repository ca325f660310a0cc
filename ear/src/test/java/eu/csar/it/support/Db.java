package eu.csar.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Direct JDBC access to the platform's test database, for what a test must see or do behind the
 * application's back: assert the row a call wrote, or tamper with the audit trail like an
 * attacker with database rights would.
 */
public final class Db {

    private Db() {
    }

    public static String url() {
        return "jdbc:postgresql://" + System.getProperty("csar.test.db.host", "127.0.0.1") + ":"
                + System.getProperty("csar.test.db.port", "5432") + "/" + System.getProperty("csar.test.db.name", "csar_test");
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), System.getProperty("csar.test.db.user", "csar"),
                System.getProperty("csar.test.db.password", "csar"));
    }

    /** Rows of a query as column-name maps, in result order. */
    public static List<Map<String, Object>> rows(String sql, Object... params) {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int col = 1; col <= rs.getMetaData().getColumnCount(); col++) {
                        row.put(rs.getMetaData().getColumnLabel(col), rs.getObject(col));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public static Object value(String sql, Object... params) {
        List<Map<String, Object>> rows = rows(sql, params);
        return rows.isEmpty() ? null : rows.get(0).values().iterator().next();
    }

    public static long count(String sql, Object... params) {
        return ((Number) value(sql, params)).longValue();
    }

    /** Executes statements in one transaction, e.g. to tamper with a row with the owner's rights. */
    public static void execute(String... statements) {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (var st = c.createStatement()) {
                for (String sql : statements) {
                    st.execute(sql);
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(String.join("; ", statements), e);
        }
    }
}

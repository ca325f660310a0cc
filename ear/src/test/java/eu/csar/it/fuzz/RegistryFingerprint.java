package eu.csar.it.fuzz;

import eu.csar.it.support.Db;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A checksum of every table in PostgreSQL except the audit trail (reads and refusals write audit rows,
 * as they should), Flyway's history and the EJB timer store (the timer service writes each timer's next
 * run there): equal before and after a run of refused requests means nothing
 * changed. Tables that later issues add are covered without listing them.
 */
final class RegistryFingerprint {

    private RegistryFingerprint() {
    }

    static Map<String, String> take() {
        Map<String, String> sums = new LinkedHashMap<>();
        Db.rows("select table_name from information_schema.tables where table_schema = current_schema()"
                + " and table_type = 'BASE TABLE' and table_name not like 'audit%' and table_name <> 'flyway_schema_history'"
                + " and table_name <> 'jboss_ejb_timer'"
                + " order by table_name").forEach(row -> {
                    String table = (String) row.get("table_name");
                    sums.put(table, String.valueOf(Db.value("select md5(coalesce(string_agg(t::text, '|' order by t::text), ''))"
                            + " from \"" + table + "\" t")));
                });
        return sums;
    }
}

package eu.csar.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The retention context changes only its own tables ({@code retention_*}): the data it deletes or
 * anonymises belong to other contexts, which it reaches through their published doors
 * ({@code ReportRetention}, {@code VictimRetention}, {@code ActorNameErasure}, {@code EvidenceVault}).
 * ArchUnit already refuses a reach into another context's classes; this reads the retention sources'
 * SQL, where a table name is only a string, and refuses any {@code insert}, {@code update} or
 * {@code delete} of a table that is not the context's own.
 */
class RetentionOwnTablesTest {

    static final Pattern WRITE = Pattern.compile("(?i)\\b(insert\\s+into|(?<!for\\s)update|delete\\s+from)\\s+([a-z_][a-z0-9_]*)");

    static final List<Path> SOURCES = List.of(
            Path.of("../persistence/src/main/java/eu/csar/retention"),
            Path.of("../ejb/src/main/java/eu/csar/retention"),
            Path.of("../web/src/main/java/eu/csar/web/retention"));

    static List<String> foreignWrites(String source) {
        List<String> found = new ArrayList<>();
        Matcher m = WRITE.matcher(source);
        while (m.find()) {
            String table = m.group(2).toLowerCase();
            if (!table.startsWith("retention_")) {
                found.add(m.group());
            }
        }
        return found;
    }

    @Test
    void retentionWritesOnlyItsOwnTables() throws IOException {
        List<String> violations = new ArrayList<>();
        int files = 0;
        for (Path root : SOURCES) {
            assertTrue(Files.isDirectory(root), root.toAbsolutePath() + " missing");
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path file : walk.filter(f -> f.toString().endsWith(".java")).toList()) {
                    files++;
                    String text = Files.readString(file);
                    // Only what sits in string literals is SQL: comments say "update" in plain English.
                    Matcher literal = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(text);
                    StringBuilder sql = new StringBuilder();
                    while (literal.find()) {
                        sql.append(literal.group(1)).append(' ');
                    }
                    foreignWrites(sql.toString()).forEach(w -> violations.add(file.getFileName() + ": " + w));
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        assertTrue(files > 5, "the retention sources were found");
        assertEquals(List.of(), violations, "retention changes other contexts' data only through their doors");
    }

    @Test
    void theRuleSeesAWriteOfAnotherContextsTable() {
        assertEquals(List.of("update reports"), foreignWrites("update reports set ip_address = null where id in (:ids)"));
        assertEquals(List.of("delete from audit_actors"), foreignWrites("delete from audit_actors where actor_id in (:ids)"));
        assertEquals(List.of(), foreignWrites("insert into retention_batches (id) values (:id)"));
        assertEquals(List.of(), foreignWrites("select r.id from reports r order by r.id limit :max for update of r skip locked"));
    }
}

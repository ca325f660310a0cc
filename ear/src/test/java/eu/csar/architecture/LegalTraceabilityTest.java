package eu.csar.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import eu.csar.legal.api.ProfileKey;
import eu.csar.legal.api.ProfileValue;
import eu.csar.legal.domain.ProfileDocument;
import eu.csar.legal.domain.ShippedProfileFiles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keeps {@code docs/legal-traceability.md} (Article → profile key → code → test) true: a key that
 * production code uses has a row naming the code and an existing test; a shipped key nobody uses
 * is listed as "no workflow yet"; no row is stale. Code "uses" a key when it reads a constant of
 * {@link ProfileKey} (a field access ArchUnit sees, since enum constants are never inlined) or
 * holds the key's text as a string (found in the class file's constant pool, which also catches a
 * literal passed to {@code LegalProfiles.value}). Production code: every {@code eu.csar} class of
 * the EAR's modules plus the test-support WAR's classes (the stand-ins of later workflows).
 */
class LegalTraceabilityTest {

    static final String NO_WORKFLOW = "no workflow yet";
    private static final Path ROOT = Paths.get("").toAbsolutePath().getParent();
    private static final Path DOC = ROOT.resolve("docs/legal-traceability.md");
    private static final Pattern CODE_NAME = Pattern.compile("`([^`]+)`");

    record Row(String article, String key, String code, String test, int line) {
        boolean noWorkflow() {
            return code.equalsIgnoreCase(NO_WORKFLOW);
        }

        List<String> tests() {
            return names(test);
        }

        List<String> classes() {
            return names(code);
        }

        static List<String> names(String cell) {
            List<String> names = new ArrayList<>();
            Matcher m = CODE_NAME.matcher(cell);
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        }
    }

    static List<Row> rows(List<String> lines) {
        List<Row> rows = new ArrayList<>();
        boolean table = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("## The table")) {
                table = true;
                continue;
            }
            if (!table || !line.startsWith("|") || line.startsWith("|---") || line.startsWith("| Article")) {
                continue;
            }
            String[] cells = line.split("\\|");
            if (cells.length < 6) {
                throw new AssertionError("docs/legal-traceability.md line " + (i + 1) + " does not have 5 columns: " + line);
            }
            List<String> keys = Row.names(cells[2]);
            rows.add(new Row(cells[1].strip(), keys.isEmpty() ? cells[2].strip() : keys.get(0), cells[4].strip(), cells[5].strip(), i + 1));
        }
        return rows;
    }

    /** Every shipped key with the Articles the shipped profiles give it. */
    static Map<String, Set<String>> shippedArticles() {
        Map<String, Set<String>> articles = new TreeMap<>();
        for (ProfileDocument document : ShippedProfileFiles.documents()) {
            for (ProfileValue value : document.values()) {
                articles.computeIfAbsent(value.key(), k -> new HashSet<>()).add(value.article());
            }
        }
        return articles;
    }

    /** The keys production code uses, with the classes that use each. */
    static Map<String, Set<String>> productionUsages() {
        Map<String, Set<String>> used = usages(PlatformClasses.get());
        Path testSupport = ROOT.resolve("test-support/target/classes");
        if (Files.isDirectory(testSupport)) {
            usages(new ClassFileImporter().importPath(testSupport))
                    .forEach((key, users) -> used.computeIfAbsent(key, k -> new TreeSet<>()).addAll(users));
        }
        return used;
    }

    /** The keys each production class uses, by key. */
    static Map<String, Set<String>> usages(JavaClasses classes) {
        Map<String, ProfileKey> byConstant = Arrays.stream(ProfileKey.values())
                .collect(Collectors.toMap(Enum::name, k -> k));
        Map<String, Set<String>> users = new TreeMap<>();
        for (JavaClass c : classes) {
            if (c.getName().equals(ProfileKey.class.getName()) || c.getName().startsWith(ProfileKey.class.getName() + "$")) {
                continue;
            }
            c.getFieldAccessesFromSelf().stream()
                    .filter(a -> a.getTarget().getOwner().getName().equals(ProfileKey.class.getName()))
                    .map(a -> byConstant.get(a.getTarget().getName()))
                    .filter(k -> k != null)
                    .forEach(k -> users.computeIfAbsent(k.key(), x -> new TreeSet<>()).add(c.getSimpleName()));
            String constants = classFileText(c);
            for (ProfileKey key : ProfileKey.values()) {
                if (constants.contains(key.key())) {
                    users.computeIfAbsent(key.key(), x -> new TreeSet<>()).add(c.getSimpleName());
                }
            }
        }
        return users;
    }

    private static String classFileText(JavaClass c) {
        return c.getSource().map(source -> {
            try (InputStream in = source.getUri().toURL().openStream()) {
                // Keys are ASCII: they appear verbatim in the constant pool's modified UTF-8.
                return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).orElse("");
    }

    static Set<String> testClassNames() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(p -> p.toString().contains("/src/test/java/") && p.toString().endsWith(".java"))
                    .filter(p -> !p.toString().contains("/target/"))
                    .map(p -> p.getFileName().toString().replace(".java", "")).collect(Collectors.toSet());
        }
    }

    /** What is wrong with the table, given the shipped keys, the keys code uses, and the test classes there are. */
    static List<String> problems(List<Row> rows, Map<String, Set<String>> shipped, Map<String, Set<String>> used, Set<String> tests) {
        List<String> problems = new ArrayList<>();
        Map<String, Row> byKey = new HashMap<>();
        for (Row row : rows) {
            if (byKey.put(row.key(), row) != null) {
                problems.add("line " + row.line() + ": key " + row.key() + " has more than one row");
            }
            if (!shipped.containsKey(row.key())) {
                problems.add("line " + row.line() + ": key " + row.key() + " is in no shipped profile");
            } else if (!shipped.get(row.key()).contains(row.article())) {
                problems.add("line " + row.line() + ": key " + row.key() + " comes from " + shipped.get(row.key())
                        + " in the profiles, not \"" + row.article() + "\"");
            }
            boolean inUse = used.containsKey(row.key());
            if (inUse && (row.noWorkflow() || row.classes().isEmpty() || row.tests().isEmpty())) {
                problems.add("line " + row.line() + ": key " + row.key() + " is used by " + used.get(row.key())
                        + " but its row names no code and test");
            }
            if (!inUse && !row.noWorkflow()) {
                problems.add("line " + row.line() + ": key " + row.key() + " is used by no code: say \"" + NO_WORKFLOW + "\"");
            }
            if (!inUse && !row.tests().isEmpty()) {
                problems.add("line " + row.line() + ": key " + row.key() + " names tests but no code uses it");
            }
            row.tests().stream().map(t -> t.contains("#") ? t.substring(0, t.indexOf('#')) : t)
                    .map(t -> t.contains(".") ? t.substring(t.lastIndexOf('.') + 1) : t)
                    .filter(t -> !tests.contains(t))
                    .forEach(t -> problems.add("line " + row.line() + ": key " + row.key() + " names test " + t + ", which does not exist"));
        }
        shipped.keySet().stream().filter(k -> !byKey.containsKey(k))
                .forEach(k -> problems.add("key " + k + " of a shipped profile has no row"));
        used.keySet().stream().filter(k -> !shipped.containsKey(k))
                .forEach(k -> problems.add("key " + k + " is used by " + used.get(k) + " but no shipped profile has it"));
        return problems;
    }

    @Test
    void theTraceabilityTableMatchesTheProfilesTheCodeAndTheTests() throws IOException {
        List<Row> rows = rows(Files.readAllLines(DOC));
        assertTrue(rows.size() > 40, "the table has a row per shipped key, found " + rows.size());
        List<String> problems = problems(rows, shippedArticles(), productionUsages(), testClassNames());
        assertEquals(List.of(), problems, "docs/legal-traceability.md is out of date (see its section 'How a later issue adds a row')");
    }

    @Test
    void theCheckRefusesAKeyUsedWithoutATestAnUnlistedKeyAndAStaleRow() {
        Map<String, Set<String>> shipped = Map.of("a.b", Set.of("Art 1"), "c.d", Set.of("Art 2"), "e.f", Set.of("Art 3"));
        List<Row> rows = List.of(
                new Row("Art 1", "a.b", NO_WORKFLOW, "—", 1),
                new Row("Art 2", "c.d", "`Calc`", "`MissingTest`", 2),
                new Row("Art 9", "x.y", NO_WORKFLOW, "—", 3));
        List<String> problems = problems(rows, shipped, Map.of("a.b", Set.of("Deadlines")), Set.of("CalcTest"));
        assertEquals(List.of(
                "line 1: key a.b is used by [Deadlines] but its row names no code and test",
                "line 2: key c.d is used by no code: say \"no workflow yet\"",
                "line 2: key c.d names tests but no code uses it",
                "line 2: key c.d names test MissingTest, which does not exist",
                "line 3: key x.y is in no shipped profile",
                "key e.f of a shipped profile has no row"), problems);
        assertEquals(List.of(), problems(List.of(new Row("Art 1", "a.b", "`Deadlines`", "`CalcTest#due`", 1)),
                Map.of("a.b", Set.of("Art 1")), Map.of("a.b", Set.of("Deadlines")), Set.of("CalcTest")));
    }

    @Test
    void aKeyConstantOrTheKeysTextInAClassCountsAsUse() {
        JavaClasses probe = new ClassFileImporter().importClasses(UsesAKeyConstant.class, UsesAKeyText.class, ProfileKey.class);
        Map<String, Set<String>> used = usages(probe);
        assertEquals(Set.of("UsesAKeyConstant"), used.get("removal-order.execution-period"));
        assertEquals(Set.of("UsesAKeyText"), used.get("penalty.cap-turnover"));
        assertEquals(2, used.size(), used.toString());
    }

    static final class UsesAKeyConstant {
        Object key() {
            return ProfileKey.REMOVAL_ORDER__EXECUTION_PERIOD;
        }
    }

    static final class UsesAKeyText {
        String key() {
            return "penalty.cap-turnover";
        }
    }
}

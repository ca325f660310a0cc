package eu.csar.it.support;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the operator reads: the managed WildFly's {@code server.log}, from a mark on. A test marks the
 * log, provokes something, and asserts that the lines written since hold no stack trace and no
 * personal data:
 * <pre>
 * ServerLog.Mark mark = ServerLog.mark();
 * Api.putJson(...);                         // a user's mistake
 * mark.assertNoStackTrace();
 * mark.assertNotContaining("invented.person@example.org");
 * </pre>
 */
public final class ServerLog {

    private static final Path LOG = Path.of(System.getProperty("jboss.home", "../wildfly-config/target/wildfly"),
            "standalone", "log", "server.log");

    /** A stack-trace frame, a "Caused by", or a line at SEVERE/ERROR level. */
    private static final Pattern TRACE = Pattern.compile("^\\s+at [\\w$.]+\\(|^Caused by: |^\\S+ \\S+ (ERROR|SEVERE) ");

    private ServerLog() {
    }

    public static Mark mark() {
        try {
            return new Mark(Files.exists(LOG) ? Files.size(LOG) : 0);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + LOG, e);
        }
    }

    /** The log from one position on. */
    public record Mark(long offset) {

        public String since() {
            try (RandomAccessFile file = new RandomAccessFile(LOG.toFile(), "r")) {
                long length = file.length();
                if (length <= offset) {
                    return "";
                }
                byte[] bytes = new byte[(int) Math.min(length - offset, 64L * 1024 * 1024)];
                file.seek(offset);
                file.readFully(bytes);
                return new String(bytes, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + LOG, e);
            }
        }

        public List<String> traceLines() {
            return since().lines().filter(line -> TRACE.matcher(line).find()).toList();
        }

        public void assertNoStackTrace() {
            List<String> lines = traceLines();
            if (!lines.isEmpty()) {
                throw new AssertionError(lines.size() + " error or stack-trace lines in server.log, first: "
                        + lines.subList(0, Math.min(5, lines.size())));
            }
        }

        public void assertNotContaining(String text) {
            if (since().contains(text)) {
                throw new AssertionError("server.log contains \"" + text + "\"");
            }
        }
    }
}

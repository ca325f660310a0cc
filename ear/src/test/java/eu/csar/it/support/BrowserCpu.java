package eu.csar.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where the browser tests' Chromium CPU goes, for an operator who wants to know (off unless
 * {@code -Dcsar.browser.cpu=true}): at every {@link Browser#start()} and {@link Browser#close()} a line
 * in {@code target/browser-cpu.log} with the test (class and method) and the running totals of this JVM's
 * Chromium and chromedriver CPU in clock ticks (utime+stime+cutime+cstime of every such process below this
 * JVM from {@code /proc}, plus the JVM's own cutime+cstime, where the quit ones end up) and of what the
 * tests made the browsers do: logins, axe runs, screenshots and WebDriver commands by name. A class's
 * share is its last line minus its first.
 */
public final class BrowserCpu {

    private static final boolean ON = Boolean.getBoolean("csar.browser.cpu");
    private static final Map<String, AtomicLong> COUNTS = new ConcurrentHashMap<>();

    private BrowserCpu() {
    }

    static boolean on() {
        return ON;
    }

    static void count(String what) {
        if (ON) {
            COUNTS.computeIfAbsent(what, k -> new AtomicLong()).incrementAndGet();
        }
    }

    static void event(String what) {
        if (!ON) {
            return;
        }
        String test = StackWalker.getInstance().walk(frames -> frames
                .filter(f -> f.getClassName().endsWith("IT") || f.getClassName().contains("IT$"))
                .reduce((first, second) -> second)
                .map(f -> f.getClassName().replaceAll("\\$.*", "") + "#" + f.getMethodName()).orElse("?"));
        StringBuilder line = new StringBuilder()
                .append(System.currentTimeMillis()).append(' ').append(what).append(' ').append(test)
                .append(" ticks=").append(chromiumTicks());
        new TreeMap<>(COUNTS).forEach((k, v) -> line.append(' ').append(k).append('=').append(v.get()));
        try {
            Path log = Path.of("target", "browser-cpu.log");
            Files.createDirectories(log.getParent());
            Files.writeString(log, line.append('\n'), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long chromiumTicks() {
        long[] sum = {ticks(ProcessHandle.current().pid(), true)};
        ProcessHandle.current().descendants()
                .filter(p -> p.info().command().map(c -> c.contains("chrom")).orElse(false))
                .forEach(p -> sum[0] += ticks(p.pid(), false));
        return sum[0];
    }

    /** Fields 14-17 of /proc/PID/stat (only the reaped children's 16-17 for the JVM itself). */
    private static long ticks(long pid, boolean childrenOnly) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] rest = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long children = Long.parseLong(rest[13]) + Long.parseLong(rest[14]);
            return childrenOnly ? children : Long.parseLong(rest[11]) + Long.parseLong(rest[12]) + children;
        } catch (IOException | RuntimeException e) {
            return 0; // gone meanwhile
        }
    }
}

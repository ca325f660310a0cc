package eu.csar.testsupport.forwarding;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for the REST endpoint of a law-enforcement authority or Europol (issue 11 §4), for
 * demonstrations and the ITs only, run as its own process (plain Java, JDK only; bin/lib/demo-receiver):
 * {@code java DemoLeaReceiver.java [port] [file]} (defaults 8199 and run/demo-receiver.jsonl).
 * <ul>
 * <li>{@code POST /deliveries/{recipient}}: a delivery (JSON with {@code deliveryId}); the first
 *     with a given delivery id is appended to the file, one line each; a repeat is dropped (answered
 *     200 as well, with {"duplicate":true}), as a recipient de-duplicates by the delivery id. The file
 *     is read at start, so a repeat after a restart is dropped too.</li>
 * <li>{@code GET /received}: {"received":[...every delivery kept...],"duplicates":n}.</li>
 * <li>A stand-in "public host" for the removal checks of reported material: {@code /public/{name}}
 *     answers 200 (any method; a short synthetic text, never material) until {@code POST /public/{name}/gone}
 *     makes it 404 ({@code POST /public/{name}/online} back to 200); {@code GET /public-requests/{name}}
 *     lists the methods it was asked with, {"methods":["HEAD",...]}, so a test sees that nothing but
 *     HEAD came. Held in memory only.</li>
 * </ul>
 * Loopback only. Its answers carry no notification hold.
 */
public final class DemoLeaReceiver {

    private static final Pattern DELIVERY_ID = Pattern.compile("\"deliveryId\"\\s*:\\s*\"([0-9a-fA-F-]{36})\"");
    private static final Pattern RECIPIENT = Pattern.compile("^/deliveries/([A-Za-z]{2,16})$");
    private static final Pattern PUBLIC = Pattern.compile("^/public/([A-Za-z0-9_-]{1,64})(/gone|/online)?$");
    private static final Pattern PUBLIC_REQUESTS = Pattern.compile("^/public-requests/([A-Za-z0-9_-]{1,64})$");

    private final Path file;
    private final Map<String, String> received = new LinkedHashMap<>();
    private int duplicates;
    /** The stand-in public paths that are gone, and the methods each path was asked with. */
    private final java.util.Set<String> gone = new java.util.HashSet<>();
    private final Map<String, List<String>> publicRequests = new LinkedHashMap<>();

    private DemoLeaReceiver(Path file) throws IOException {
        this.file = file;
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                idOf(line).ifPresent(id -> received.put(id, line));
            }
        }
    }

    public static void main(String[] args) throws IOException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8199;
        Path file = Path.of(args.length > 1 ? args[1] : "run/demo-receiver.jsonl").toAbsolutePath();
        Files.createDirectories(file.getParent());
        DemoLeaReceiver receiver = new DemoLeaReceiver(file);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        server.createContext("/deliveries/", receiver::deliver);
        server.createContext("/received", receiver::list);
        server.createContext("/public/", receiver::publicHost);
        server.createContext("/public-requests/", receiver::publicRequests);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        System.out.println("demo LEA receiver on 127.0.0.1:" + port + ", " + receiver.received.size() + " deliveries in " + file);
    }

    private void deliver(HttpExchange exchange) throws IOException {
        try (exchange) {
            Matcher recipient = RECIPIENT.matcher(exchange.getRequestURI().getPath());
            if (!"POST".equals(exchange.getRequestMethod()) || !recipient.matches()) {
                answer(exchange, 404, "{\"error\":\"POST /deliveries/{recipient}\"}");
                return;
            }
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8).replace('\n', ' ').replace('\r', ' ');
            }
            var id = idOf(body);
            if (id.isEmpty()) {
                answer(exchange, 400, "{\"error\":\"no deliveryId\"}");
                return;
            }
            boolean duplicate;
            synchronized (this) {
                duplicate = received.containsKey(id.get());
                if (duplicate) {
                    duplicates++;
                } else {
                    Files.writeString(file, body + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                    received.put(id.get(), body);
                }
            }
            answer(exchange, 200, "{\"deliveryId\":\"" + id.get() + "\",\"duplicate\":" + duplicate + "}");
        }
    }

    private void list(HttpExchange exchange) throws IOException {
        try (exchange) {
            List<String> all;
            int repeats;
            synchronized (this) {
                all = new ArrayList<>(received.values());
                repeats = duplicates;
            }
            answer(exchange, 200, "{\"received\":[" + String.join(",", all) + "],\"duplicates\":" + repeats + "}");
        }
    }

    private void publicHost(HttpExchange exchange) throws IOException {
        try (exchange) {
            Matcher path = PUBLIC.matcher(exchange.getRequestURI().getPath());
            if (!path.matches()) {
                answer(exchange, 400, "{\"error\":\"/public/{name}, POST /public/{name}/gone or /online\"}");
                return;
            }
            String name = path.group(1);
            String method = exchange.getRequestMethod();
            if (path.group(2) != null) {
                if (!"POST".equals(method)) {
                    answer(exchange, 405, "{\"error\":\"POST\"}");
                    return;
                }
                synchronized (this) {
                    if (path.group(2).equals("/gone")) {
                        gone.add(name);
                    } else {
                        gone.remove(name);
                    }
                }
                answer(exchange, 200, "{\"name\":\"" + name + "\",\"gone\":" + path.group(2).equals("/gone") + "}");
                return;
            }
            boolean isGone;
            synchronized (this) {
                publicRequests.computeIfAbsent(name, n -> new ArrayList<>()).add(method);
                isGone = gone.contains(name);
            }
            int status = isGone ? 404 : 200;
            if ("HEAD".equals(method)) {
                exchange.getResponseHeaders().set("Content-Type", "text/plain");
                exchange.sendResponseHeaders(status, -1);
                return;
            }
            answer(exchange, status, "{\"standIn\":\"synthetic public page, no material\"}");
        }
    }

    private void publicRequests(HttpExchange exchange) throws IOException {
        try (exchange) {
            Matcher path = PUBLIC_REQUESTS.matcher(exchange.getRequestURI().getPath());
            if (!path.matches()) {
                answer(exchange, 400, "{\"error\":\"/public-requests/{name}\"}");
                return;
            }
            List<String> methods;
            synchronized (this) {
                methods = new ArrayList<>(publicRequests.getOrDefault(path.group(1), List.of()));
            }
            answer(exchange, 200, "{\"methods\":[" + String.join(",", methods.stream().map(m -> "\"" + m + "\"").toList()) + "]}");
        }
    }

    private static Optional<String> idOf(String json) {
        Matcher m = DELIVERY_ID.matcher(json);
        return m.find() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}

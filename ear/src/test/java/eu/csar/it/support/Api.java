package eu.csar.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Black-box HTTP calls to the deployed platform at {@code http://localhost:8080}, the way a partner
 * system calls it: JSON over REST, SOAP 1.1 envelopes, an optional bearer token (from
 * {@link Tokens}; {@code null} for none). Requests say {@code Accept: application/json} (or are SOAP
 * calls), so a missing token is answered with 401, not with a redirect to the login page.
 * <pre>
 * Api.Response r = Api.get("/api/v1/me", Tokens.user("ca-nl"));
 * assertEquals(200, r.status());
 * assertEquals("ca-nl", r.json().getString("name"));
 * </pre>
 */
public final class Api {

    public static final String BASE_URL = System.getProperty("csar.base.url", "http://localhost:8080");

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private Api() {
    }

    /** Status, body and headers of one answer. */
    public record Response(int status, String body, HttpHeaders headers) {

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonArray jsonArray() {
            return (JsonArray) structure();
        }

        private JsonStructure structure() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            } catch (RuntimeException e) {
                throw new AssertionError("not JSON (status " + status + "): " + body, e);
            }
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public static Response get(String path, String token) {
        return send(builder(path, token).GET().header("Accept", "application/json"));
    }

    public static Response postJson(String path, String json, String token) {
        return send(builder(path, token).POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json").header("Accept", "application/json"));
    }

    public static Response putJson(String path, String json, String token) {
        return send(builder(path, token).PUT(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json").header("Accept", "application/json"));
    }

    public static Response delete(String path, String token) {
        return send(builder(path, token).DELETE().header("Accept", "application/json"));
    }

    /** POST with any body and headers given as name/value pairs (e.g. an Idempotency-Key). */
    public static Response post(String path, String body, String token, String... headers) {
        HttpRequest.Builder b = builder(path, token).POST(HttpRequest.BodyPublishers.ofString(body));
        return send(withHeaders(b, headers));
    }

    /**
     * Any request as a hostile or careless client sends it: any method, raw body bytes (may be
     * invalid UTF-8), headers as name/value pairs, no Accept header unless given.
     */
    public static Response raw(String method, String path, byte[] body, String token, String... headers) {
        HttpRequest.Builder b = builder(path, token).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        return send(withHeaders(b, headers));
    }

    /** A binary answer (e.g. a PDF): status, the body's bytes as sent, headers. */
    public record Binary(int status, byte[] body, HttpHeaders headers) {

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }
    }

    /** A GET whose answer is read as bytes, not text. */
    public static Binary getBytes(String path, String token) {
        try {
            HttpResponse<byte[]> r = HTTP.send(builder(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Binary(r.statusCode(), r.body(), r.headers());
        } catch (IOException e) {
            throw new IllegalStateException("platform not reachable at " + BASE_URL, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A SOAP 1.1 call: {@code envelope} is the whole {@code soap:Envelope} document; more HTTP headers
     * as name/value pairs (e.g. an Idempotency-Key).
     */
    public static Response soap(String path, String soapAction, String envelope, String token, String... headers) {
        HttpRequest.Builder b = builder(path, token).POST(HttpRequest.BodyPublishers.ofString(envelope))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", soapAction == null ? "\"\"" : "\"" + soapAction + "\"");
        return send(withHeaders(b, headers));
    }

    /** Wraps a payload element into a SOAP 1.1 envelope. */
    public static String envelope(String bodyXml) {
        return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                + bodyXml + "</soap:Body></soap:Envelope>";
    }

    private static HttpRequest.Builder withHeaders(HttpRequest.Builder b, String... headers) {
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return b;
    }

    private static HttpRequest.Builder builder(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : BASE_URL + path))
                .timeout(Duration.ofSeconds(60));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body(), r.headers());
        } catch (IOException e) {
            throw new IllegalStateException("platform not reachable at " + BASE_URL, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

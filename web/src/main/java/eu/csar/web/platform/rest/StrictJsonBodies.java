package eu.csar.web.platform.rest;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * Reads a request body as the partner sent it, before any resource sees it, and refuses what the
 * JSON binding would otherwise accept silently:
 * <ul>
 * <li>a body not declared as JSON in UTF-8 (e.g. {@code Content-Type: *}{@code /*}, text, XML): 415,
 *     instead of whichever body reader happens to match;</li>
 * <li>bytes that are not valid UTF-8 (RFC 8259), which the parser would replace with U+FFFD and the
 *     registry would store and publish as if the partner had sent it: 400 naming the field that
 *     holds them, or {@code (body)} when the rest of the body cannot tell;</li>
 * <li>a body that is not exactly one JSON value (e.g. a stray closing brace after the object, which
 *     the binding ignores): 400.</li>
 * </ul>
 * A request filter rather than a reader interceptor, because RESTEasy wraps whatever a body reader
 * throws; aborting here answers exactly this problem. A method marked {@link RawBody} (a file upload
 * in its own format) is left to check its body itself.
 */
@Provider
public class StrictJsonBodies implements ContainerRequestFilter {

    static final String BODY = "(body)";

    /**
     * One factory for every request: {@code Json.createParser} looks the JSON-P provider up through
     * the ServiceLoader on each call, which scanned the deployment's jars and was about a tenth of
     * the CPU of an audited write (docs/write-path.md). Same parser and limits, looked up once.
     */
    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

    @Context
    ResourceInfo resourceInfo;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!request.hasEntity() || isRawBody()) {
            return;
        }
        if (!isUtf8Json(request.getMediaType())) {
            abort(request, new Problem(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json in UTF-8"));
            return;
        }
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        if (new String(body, StandardCharsets.UTF_8).isBlank()) {
            return; // no body after all (e.g. a POST that marks something read): the resource decides
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            abort(request, new Problem(ProblemType.VALIDATION_FAILED, "See violations for the fields to correct")
                    .with(new Problem.Violation(fieldWithBrokenBytes(new String(body, StandardCharsets.UTF_8)), "is not valid UTF-8")));
            return;
        }
        if (!isOneJsonValue(new String(body, StandardCharsets.UTF_8))) {
            abort(request, new Problem(ProblemType.MALFORMED_REQUEST, "The body is not one valid JSON value"));
        }
    }

    /** A method that takes a file of its own format ({@link RawBody}) checks its body itself. */
    private boolean isRawBody() {
        return resourceInfo != null && resourceInfo.getResourceMethod() != null
                && resourceInfo.getResourceMethod().isAnnotationPresent(RawBody.class);
    }

    private static void abort(ContainerRequestContext request, Problem problem) {
        request.abortWith(ProblemResponder.refusal(request, problem).build());
    }

    private static boolean isUtf8Json(MediaType type) {
        if (type == null || !"application".equals(type.getType())
                || !(type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
            return false;
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        return charset == null || charset.equalsIgnoreCase("UTF-8");
    }

    /** Exactly one JSON text: the parser reaches the end with nothing after the first complete value. */
    static boolean isOneJsonValue(String body) {
        try (JsonParser parser = PARSERS.createParser(new StringReader(body))) {
            int depth = 0;
            boolean complete = false;
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (complete) {
                    return false;
                }
                if (event == JsonParser.Event.START_OBJECT || event == JsonParser.Event.START_ARRAY) {
                    depth++;
                } else if (event == JsonParser.Event.END_OBJECT || event == JsonParser.Event.END_ARRAY) {
                    depth--;
                }
                complete = depth == 0;
            }
            return complete;
        } catch (RuntimeException e) {
            return false; // JsonException, or the parser's own limits (e.g. nesting deeper than 1,000)
        }
    }

    /** The path ({@code contactPoint.email}, {@code languages[1]}) of the first value where decoding left U+FFFD. */
    static String fieldWithBrokenBytes(String decoded) {
        Deque<Object> path = new ArrayDeque<>();
        try (JsonParser parser = PARSERS.createParser(new StringReader(decoded))) {
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                switch (event) {
                    case START_OBJECT, START_ARRAY -> {
                        advanceIndex(path);
                        path.push(event == JsonParser.Event.START_ARRAY ? -1 : "");
                    }
                    case END_OBJECT, END_ARRAY -> path.pop();
                    case KEY_NAME -> {
                        path.pop();
                        path.push(parser.getString());
                        if (parser.getString().indexOf('\uFFFD') >= 0) {
                            return BODY; // a broken name is no field the partner would recognise
                        }
                    }
                    default -> {
                        advanceIndex(path);
                        if (event == JsonParser.Event.VALUE_STRING && parser.getString().indexOf('\uFFFD') >= 0) {
                            return render(path);
                        }
                    }
                }
            }
        } catch (RuntimeException e) {
            return BODY; // JsonException, or the parser's own limits
        }
        return BODY;
    }

    private static void advanceIndex(Deque<Object> path) {
        if (!path.isEmpty() && path.peek() instanceof Integer index) {
            path.pop();
            path.push(index + 1);
        }
    }

    private static String render(Deque<Object> path) {
        StringBuilder field = new StringBuilder();
        path.descendingIterator().forEachRemaining(node -> {
            if (node instanceof Integer index) {
                field.append('[').append(index).append(']');
            } else {
                field.append(field.length() > 0 ? "." : "").append(node);
            }
        });
        return field.length() == 0 ? BODY : field.toString();
    }
}

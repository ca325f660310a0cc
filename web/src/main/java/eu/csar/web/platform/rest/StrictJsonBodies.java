package eu.csar.web.platform.rest;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

/**
 * Refuses a JSON body that is not valid UTF-8 (RFC 8259) instead of letting the JSON parser replace
 * the broken bytes with U+FFFD, which would then be stored and published as if the partner had sent
 * it. The 400 problem names the field that holds the broken bytes, or {@code (body)} when the rest
 * of the body cannot tell. A request filter rather than a reader interceptor, because RESTEasy wraps
 * whatever a body reader throws; aborting here answers exactly this problem.
 */
@Provider
public class StrictUtf8JsonBodies implements ContainerRequestFilter {

    static final String BODY = "(body)";

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!request.hasEntity() || !isUtf8Json(request.getMediaType())) {
            return;
        }
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            Problem problem = new Problem(ProblemType.VALIDATION_FAILED, "See violations for the fields to correct")
                    .with(new Problem.Violation(fieldWithBrokenBytes(new String(body, StandardCharsets.UTF_8)), "is not valid UTF-8"));
            problem.instance = request.getUriInfo().getRequestUri().getRawPath();
            request.abortWith(Response.status(problem.status).type(ProblemResponder.PROBLEM_JSON).entity(problem).build());
        }
    }

    private static boolean isUtf8Json(MediaType type) {
        if (type == null || !(type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
            return false;
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        return charset == null || charset.equalsIgnoreCase("UTF-8");
    }

    /** The path ({@code contactPoint.email}, {@code languages[1]}) of the first value where decoding left U+FFFD. */
    static String fieldWithBrokenBytes(String decoded) {
        Deque<Object> path = new ArrayDeque<>();
        try (JsonParser parser = Json.createParser(new StringReader(decoded))) {
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
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
            return BODY;
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

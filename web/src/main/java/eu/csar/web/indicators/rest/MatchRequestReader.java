package eu.csar.web.indicators.rest;

import jakarta.json.Json;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a match batch with a JSON-P parser, one event at a time, into the same request the strict
 * JSON-B binding made ({@code StrictJsonBinding}: a text field takes a string or null, anything
 * else is a malformed body, 400; unknown properties are ignored; an empty body is no batch), without
 * the binding's reflective property model per hash, a cost of its own at 1,000 hashes a call
 * (docs/indicator-matching.md, match API load).
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class MatchRequestReader implements MessageBodyReader<MatchRequestDto> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == MatchRequestDto.class;
    }

    @Override
    public MatchRequestDto readFrom(Class<MatchRequestDto> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                                    MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        PushbackInputStream in = new PushbackInputStream(entityStream, 1);
        int first = in.read();
        if (first < 0) {
            return null;
        }
        in.unread(first);
        // not closed: the container owns the request stream
        JsonParser json = Json.createParser(in);
        if (json.next() != JsonParser.Event.START_OBJECT) {
            throw new JsonbException("a match batch is a JSON object");
        }
        MatchRequestDto request = new MatchRequestDto();
        for (JsonParser.Event e = json.next(); e != JsonParser.Event.END_OBJECT; e = json.next()) {
            String key = json.getString();
            JsonParser.Event value = json.next();
            if ("hashes".equals(key)) {
                request.hashes = hashes(json, value);
            } else {
                skip(json, value);
            }
        }
        return request;
    }

    private static List<MatchRequestDto.HashDto> hashes(JsonParser json, JsonParser.Event value) {
        if (value == JsonParser.Event.VALUE_NULL) {
            return null;
        }
        if (value != JsonParser.Event.START_ARRAY) {
            throw new JsonbException("hashes is an array");
        }
        List<MatchRequestDto.HashDto> out = new ArrayList<>();
        for (JsonParser.Event e = json.next(); e != JsonParser.Event.END_ARRAY; e = json.next()) {
            if (e == JsonParser.Event.VALUE_NULL) {
                out.add(null);
            } else if (e == JsonParser.Event.START_OBJECT) {
                out.add(hash(json));
            } else {
                throw new JsonbException("each of hashes is an object");
            }
        }
        return out;
    }

    private static MatchRequestDto.HashDto hash(JsonParser json) {
        MatchRequestDto.HashDto hash = new MatchRequestDto.HashDto();
        for (JsonParser.Event e = json.next(); e != JsonParser.Event.END_OBJECT; e = json.next()) {
            String key = json.getString();
            JsonParser.Event value = json.next();
            switch (key) {
                case "kind" -> hash.kind = text(json, value);
                case "hash" -> hash.hash = text(json, value);
                default -> skip(json, value);
            }
        }
        return hash;
    }

    private static String text(JsonParser json, JsonParser.Event value) {
        return switch (value) {
            case VALUE_STRING -> json.getString();
            case VALUE_NULL -> null;
            default -> throw new JsonbException("expected a text, got " + value.name().toLowerCase(java.util.Locale.ROOT));
        };
    }

    /** Past a value of a property nobody reads, nested or not. */
    private static void skip(JsonParser json, JsonParser.Event value) {
        int depth = value == JsonParser.Event.START_OBJECT || value == JsonParser.Event.START_ARRAY ? 1 : 0;
        while (depth > 0) {
            switch (json.next()) {
                case START_OBJECT, START_ARRAY -> depth++;
                case END_OBJECT, END_ARRAY -> depth--;
                default -> {
                    // a value inside the skipped one
                }
            }
        }
    }
}

package eu.csar.web.indicators.rest;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Writes a match answer straight to the response with a JSON-P generator: the same document the
 * default JSON-B binding writes (same properties, in its lexicographic order), without its
 * reflective property model per object, which at 1,000 lines a call was a cost of its own
 * (docs/indicator-matching.md, match API load).
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class MatchResponseWriter implements MessageBodyWriter<MatchResponseDto> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == MatchResponseDto.class;
    }

    @Override
    public void writeTo(MatchResponseDto answer, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream) {
        JsonGenerator json = Json.createGenerator(entityStream);
        write(answer, json);
        // flush, not close: the container owns the response stream
        json.flush();
    }

    static void write(MatchResponseDto answer, JsonGenerator json) {
        json.writeStartObject().write("hashes", answer.hashes).write("matches", answer.matches);
        if (answer.results != null) {
            json.writeStartArray("results");
            for (MatchResponseDto.LineDto line : answer.results) {
                json.writeStartObject();
                text(json, "hash", line.hash);
                text(json, "kind", line.kind);
                json.write("line", line.line);
                json.writeStartArray("matches");
                for (MatchResponseDto.HitDto hit : line.matches) {
                    json.writeStartObject().write("distance", hit.distance);
                    text(json, "indicatorId", hit.indicatorId);
                    json.writeStartArray("provenance");
                    hit.provenance.forEach(json::write);
                    json.writeEnd();
                    text(json, "set", hit.set);
                    json.writeEnd();
                }
                json.writeEnd().writeEnd();
            }
            json.writeEnd();
        }
        json.writeEnd();
    }

    /** Like JSON-B, a null property is left out. */
    private static void text(JsonGenerator json, String name, String value) {
        if (value != null) {
            json.write(name, value);
        }
    }
}

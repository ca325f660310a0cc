package eu.csar.web.platform.rest;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Type;

/**
 * The JSON binding of the partner APIs, stricter than the default in one respect: a text field takes
 * a JSON string (or null) and nothing else. The default binding turns {@code "address": ["x"]} into
 * the text {@code x} and {@code "name": 5} into {@code "5"}, so a partner's malformed body would be
 * stored as if it had meant it; here it is a 400 problem. Likewise a yes/no field takes {@code true},
 * {@code false} or null: the default reads any text as a boolean ({@code "urgent": "very"} became
 * false, a report that said it was urgent stored as not urgent).
 */
@Provider
public class StrictJsonBinding implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withDeserializers(new StringsOnly(), new BooleansOnly()));

    /** The same binding outside a JAX-RS call (the idempotency store keeps answers as this writes them). */
    static Jsonb jsonb() {
        return JSONB;
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** A {@code String} from a JSON string or null only. */
    static final class StringsOnly implements JsonbDeserializer<String> {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value instanceof JsonString text) {
                return text.getString();
            }
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            throw new JsonbException("expected a text, got " + value.getValueType().name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** A {@code Boolean} from JSON {@code true}, {@code false} or null only. */
    static final class BooleansOnly implements JsonbDeserializer<Boolean> {

        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            if (value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE) {
                return value.getValueType() == JsonValue.ValueType.TRUE;
            }
            throw new JsonbException("expected true or false, got " + value.getValueType().name().toLowerCase(java.util.Locale.ROOT));
        }
    }
}

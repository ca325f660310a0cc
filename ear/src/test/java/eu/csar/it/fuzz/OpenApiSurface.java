package eu.csar.it.fuzz;

import eu.csar.it.support.Api;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The REST operations as the deployed platform documents them in its OpenAPI document
 * ({@code GET /openapi}, served by WildFly's OpenAPI subsystem), with parameters and request bodies
 * resolved to {@link Shape}s. A new resource method is fuzzed as soon as it is documented there.
 */
final class OpenApiSurface {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");
    private static final int MAX_DEPTH = 6;

    private final JsonObject schemas;

    private OpenApiSurface(JsonObject document) {
        JsonObject components = document.getJsonObject("components");
        this.schemas = components == null || !components.containsKey("schemas") ? JsonValue.EMPTY_JSON_OBJECT
                : components.getJsonObject("schemas");
    }

    static List<RestOperation> discover() {
        Api.Response r = Api.raw("GET", "/openapi?format=JSON", null, null, "Accept", "application/json");
        if (r.status() != 200) {
            throw new IllegalStateException("no OpenAPI document: " + r);
        }
        JsonObject document = r.json();
        return new OpenApiSurface(document).operations(document.getJsonObject("paths"));
    }

    private List<RestOperation> operations(JsonObject paths) {
        List<RestOperation> operations = new ArrayList<>();
        paths.forEach((path, item) -> {
            JsonObject pathItem = item.asJsonObject();
            for (String method : METHODS) {
                if (pathItem.containsKey(method)) {
                    JsonObject operation = pathItem.getJsonObject(method);
                    List<RestOperation.Parameter> parameters = new ArrayList<>();
                    parameters(pathItem.getJsonArray("parameters"), parameters);
                    parameters(operation.getJsonArray("parameters"), parameters);
                    String absolute = path.startsWith("/api/") ? path : "/api" + path;
                    operations.add(new RestOperation(method.toUpperCase(Locale.ROOT), absolute, parameters, body(operation)));
                }
            }
        });
        return operations;
    }

    private void parameters(JsonArray declared, List<RestOperation.Parameter> into) {
        if (declared == null) {
            return;
        }
        for (JsonValue value : declared) {
            JsonObject p = resolve(value.asJsonObject());
            String name = p.getString("name");
            JsonObject schema = p.containsKey("schema") ? p.getJsonObject("schema") : JsonValue.EMPTY_JSON_OBJECT;
            into.add(new RestOperation.Parameter(name, p.getString("in"), shape(name, schema, 0)));
        }
    }

    private Shape body(JsonObject operation) {
        JsonObject requestBody = operation.getJsonObject("requestBody");
        if (requestBody == null) {
            return null;
        }
        JsonObject content = requestBody.getJsonObject("content");
        if (content == null || content.isEmpty()) {
            return null;
        }
        JsonObject media = content.containsKey("application/json") ? content.getJsonObject("application/json")
                : content.getJsonObject(content.keySet().iterator().next());
        return media.containsKey("schema") ? shape("body", media.getJsonObject("schema"), 0) : null;
    }

    private JsonObject resolve(JsonObject schema) {
        if (schema.containsKey("$ref")) {
            String ref = schema.getString("$ref");
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            return schemas.containsKey(name) ? schemas.getJsonObject(name) : JsonValue.EMPTY_JSON_OBJECT;
        }
        if (schema.containsKey("allOf")) {
            return resolve(schema.getJsonArray("allOf").getJsonObject(0));
        }
        return schema;
    }

    private Shape shape(String name, JsonObject declared, int depth) {
        JsonObject schema = resolve(declared);
        String type = schema.containsKey("type") && schema.get("type").getValueType() == JsonValue.ValueType.STRING
                ? schema.getString("type") : schema.containsKey("properties") ? "object" : "string";
        switch (type) {
            case "integer", "number" -> {
                return new Shape.Whole(name, "int64".equals(schema.getString("format", "")));
            }
            case "boolean" -> {
                return new Shape.Flag(name);
            }
            case "array" -> {
                JsonObject items = schema.containsKey("items") ? schema.getJsonObject("items") : JsonValue.EMPTY_JSON_OBJECT;
                return new Shape.Many(name, depth < MAX_DEPTH ? shape(name, items, depth + 1) : new Shape.Text(name, "", List.of()));
            }
            case "object" -> {
                Map<String, Shape> fields = new LinkedHashMap<>();
                JsonObject properties = schema.getJsonObject("properties");
                if (properties != null && depth < MAX_DEPTH) {
                    properties.forEach((field, fieldSchema) -> fields.put(field, shape(field, fieldSchema.asJsonObject(), depth + 1)));
                }
                return new Shape.Fields(name, fields);
            }
            default -> {
                List<String> allowed = schema.containsKey("enum")
                        ? schema.getJsonArray("enum").stream().filter(v -> v.getValueType() == JsonValue.ValueType.STRING)
                                .map(v -> ((jakarta.json.JsonString) v).getString()).toList()
                        : List.of();
                return new Shape.Text(name, schema.getString("format", ""), allowed);
            }
        }
    }
}

package eu.csar.it.fuzz;

import java.util.List;
import java.util.Map;

/**
 * The shape of a value an operation takes, read from its OpenAPI schema or its XSD: what the request
 * generators build valid values and hostile variants on. {@code name} is the field (or element) name,
 * which {@link FieldValues} uses to pick a valid value.
 */
sealed interface Shape {

    String name();

    /** A string; {@code format} from the schema (uuid, date-time, ...), {@code allowed} its enum if any. */
    record Text(String name, String format, List<String> allowed) implements Shape {
    }

    /** An integer; {@code wide} for int64. */
    record Whole(String name, boolean wide) implements Shape {
    }

    record Flag(String name) implements Shape {
    }

    /** A list: a JSON array, or in XML the repeated element named after the item. */
    record Many(String name, Shape item) implements Shape {
    }

    /** An object with named fields in schema order. */
    record Fields(String name, Map<String, Shape> fields) implements Shape {
    }
}

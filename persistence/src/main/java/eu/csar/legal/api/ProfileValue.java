package eu.csar.legal.api;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One value of one profile version as readers and other contexts see it: the key (dotted and
 * stable, e.g. {@code removal-order.execution-period}), its kind, the value as text (for lists
 * the items joined by ", "), the items of a list kind, the Article (and paragraph) it comes from,
 * its review status, and the profile it is inherited from (null when the profile's own text gives it).
 */
public record ProfileValue(String key, ValueKind kind, String text, List<String> items, String article,
                           ReviewStatus review, String inheritedFrom) implements Serializable {

    public ProfileValue {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        items = items == null ? List.of() : List.copyOf(items);
        text = kind.isList() ? String.join(", ", items) : text;
    }

    public boolean inherited() {
        return inheritedFrom != null;
    }

    /** Whether {@code other} holds the same value (kind and text; Article and review status aside). */
    public boolean sameValueAs(ProfileValue other) {
        return other != null && kind == other.kind && Objects.equals(text, other.text);
    }
}

package eu.csar.transparency.api;

import java.io.Serializable;
import java.util.UUID;

/**
 * One figure of a report: a count for a key (figure, Member State or recipient, provider, category
 * such as a type or kind, detail such as a reason, a state or a histogram bucket); empty strings
 * where the key has no such part, a null provider where it names none.
 */
public record FigureRow(Figure figure, String memberState, UUID providerId, String category, String detail, long value) implements Serializable {

    /** The key without the value: what a correction compares versions by. */
    public String key() {
        return figure + "|" + memberState + "|" + (providerId == null ? "" : providerId) + "|" + category + "|" + detail;
    }
}

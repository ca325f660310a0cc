package eu.csar.legal.api;

import java.io.Serializable;
import java.util.Objects;

/**
 * What a deadline runs for: the type of the owning workflow's case ("RemovalOrder", "Report"...) and
 * its id as text. The deadline service never reads the case; the owning workflow does, when told.
 */
public record DeadlineSubject(String type, String id) implements Serializable {

    public DeadlineSubject {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        if (type.isBlank() || id.isBlank() || type.length() > 100 || id.length() > 100) {
            throw new IllegalArgumentException("a subject has a type and an id of 1 to 100 characters");
        }
    }

    @Override
    public String toString() {
        return type + " " + id;
    }
}

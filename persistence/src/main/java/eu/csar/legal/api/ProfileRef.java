package eu.csar.legal.api;

import java.io.Serializable;
import java.util.Objects;

/**
 * The legal profile, and its version, a case (and each of its deadlines) was opened under: a later
 * profile version never changes what was computed under this one.
 */
public record ProfileRef(String profileId, int version) implements Serializable {

    public ProfileRef {
        Objects.requireNonNull(profileId, "profileId");
        if (profileId.isBlank()) {
            throw new IllegalArgumentException("a profile id is not blank");
        }
        if (version < 1) {
            throw new IllegalArgumentException("profile versions start at 1, not " + version);
        }
    }

    @Override
    public String toString() {
        return profileId + " v" + version;
    }
}

package eu.csar.legal.api;

import java.io.Serializable;
import java.util.Objects;

/**
 * One version of one legal profile, e.g. {@code COM-2022-209} version 1: what a case records when it
 * is opened ({@code LegalProfiles.pin}), and the only way to read a profile value, so that a later
 * version never changes the values an open case runs on.
 */
public record ProfileRef(String profileId, int version) implements Serializable {

    public ProfileRef {
        Objects.requireNonNull(profileId, "profileId");
        if (profileId.isBlank()) {
            throw new IllegalArgumentException("a profile id is not blank");
        }
        if (version < 1) {
            throw new IllegalArgumentException("a profile version starts at 1: " + version);
        }
    }

    @Override
    public String toString() {
        return profileId + " v" + version;
    }
}

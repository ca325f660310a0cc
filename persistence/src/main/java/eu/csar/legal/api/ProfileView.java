package eu.csar.legal.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One version of a legal profile with all its values, sorted by key: what a legal officer reads,
 * and what {@link ProfileComparison} sets side by side. {@code removedKeys} are the keys this
 * version dropped on purpose from the previous one.
 */
public record ProfileView(ProfileRef ref, String title, String legalBasis, Instant importedAt, String importedBy,
                          List<String> removedKeys, List<ProfileValue> values) implements Serializable {

    public ProfileView {
        removedKeys = List.copyOf(removedKeys);
        values = List.copyOf(values);
    }

    public Optional<ProfileValue> value(String key) {
        return values.stream().filter(v -> v.key().equals(key)).findFirst();
    }
}

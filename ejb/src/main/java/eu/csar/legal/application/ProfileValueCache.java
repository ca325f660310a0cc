package eu.csar.legal.application;

import eu.csar.legal.api.ProfileValue;
import eu.csar.legal.domain.LegalProfileVersion;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The values of legal-profile versions by key, kept per stored version row. A version is never
 * changed once imported (its columns are not updatable; a new text is a new version), so what one row
 * holds can be kept for the node's life: the intake read the whole version, with its few dozen values,
 * from PostgreSQL at every value it asked for (docs/reports.md, "Load"). Which row a reference
 * names is still read in each transaction ({@code LegalProfileRepository.idOf}, one indexed read, or
 * with the pin itself, {@link PinnedRows}), so a
 * version imported on another node, or a database whose versions were replaced, is never mistaken
 * for a kept one. Profiles have a handful of versions; nothing is evicted.
 */
@ApplicationScoped
public class ProfileValueCache {

    private final Map<UUID, Map<String, ProfileValue>> byVersionRow = new ConcurrentHashMap<>();

    /** The value of {@code key} in the version stored as row {@code versionId}, loading that row once. */
    public Optional<ProfileValue> value(UUID versionId, String key, Supplier<LegalProfileVersion> load) {
        return Optional.ofNullable(byVersionRow.computeIfAbsent(versionId, id -> valuesOf(load.get())).get(key));
    }

    /** How many versions are kept. */
    public int size() {
        return byVersionRow.size();
    }

    private static Map<String, ProfileValue> valuesOf(LegalProfileVersion version) {
        return version.values().stream().collect(Collectors.toUnmodifiableMap(ProfileValue::key, Function.identity()));
    }
}

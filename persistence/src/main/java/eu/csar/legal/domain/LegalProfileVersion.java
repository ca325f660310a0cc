package eu.csar.legal.domain;

import eu.csar.legal.api.ProfileRef;
import eu.csar.legal.api.ProfileValue;
import eu.csar.legal.api.ProfileView;
import eu.csar.legal.api.ReviewStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One imported version of a legal profile with its values. Immutable once stored (no method
 * changes it, and the database refuses updates and deletes): a change of the law is a new version,
 * so a case that recorded this version when it was opened keeps reading these values.
 */
@Entity
@Table(name = "legal_profile_versions")
public class LegalProfileVersion {

    @Id
    private UUID id;

    @Column(name = "profile_id", nullable = false, updatable = false)
    private String profileId;

    @Column(nullable = false, updatable = false)
    private int version;

    @Column(nullable = false, updatable = false)
    private String title;

    @Column(name = "legal_basis", nullable = false, updatable = false)
    private String legalBasis;

    @Column(name = "imported_at", nullable = false, updatable = false)
    private Instant importedAt;

    @Column(name = "imported_by", nullable = false, updatable = false)
    private String importedBy;

    @Column(name = "removed_keys", nullable = false, updatable = false)
    private String removedKeys;

    @Column(name = "source_sha256", nullable = false, updatable = false)
    private String sourceSha256;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "legal_profile_values", joinColumns = @JoinColumn(name = "version_id"))
    private List<ProfileEntry> entries = new ArrayList<>();

    protected LegalProfileVersion() {
    }

    /** The version that {@code document} becomes after {@code previous} (null for the first). */
    public static LegalProfileVersion importedFrom(ProfileDocument document, LegalProfileVersion previous,
                                                   String by, Instant at) {
        document.checkSuccessorOf(previous);
        LegalProfileVersion v = new LegalProfileVersion();
        v.id = UUID.randomUUID();
        v.profileId = document.profileId();
        v.version = previous == null ? 1 : previous.version + 1;
        v.title = document.title();
        v.legalBasis = document.legalBasis();
        v.importedAt = at;
        v.importedBy = by;
        v.removedKeys = document.removed().stream().sorted().collect(Collectors.joining(","));
        v.sourceSha256 = document.sha256();
        document.values().forEach(value -> v.entries.add(ProfileEntry.of(value)));
        return v;
    }

    public ProfileRef ref() {
        return new ProfileRef(profileId, version);
    }

    public String profileId() {
        return profileId;
    }

    public int version() {
        return version;
    }

    public String title() {
        return title;
    }

    public Instant importedAt() {
        return importedAt;
    }

    public String importedBy() {
        return importedBy;
    }

    public String sourceSha256() {
        return sourceSha256;
    }

    public Set<String> keys() {
        return entries.stream().map(ProfileEntry::key).collect(Collectors.toSet());
    }

    public Optional<ProfileValue> value(String key) {
        return entries.stream().filter(e -> e.key().equals(key)).findFirst().map(ProfileEntry::view);
    }

    public List<ProfileValue> values() {
        return entries.stream().map(ProfileEntry::view).sorted(Comparator.comparing(ProfileValue::key)).toList();
    }

    public List<String> removedKeys() {
        return removedKeys.isEmpty() ? List.of() : Arrays.asList(removedKeys.split(","));
    }

    public ProfileView view() {
        return new ProfileView(ref(), title, legalBasis, importedAt, importedBy, removedKeys(), values());
    }

    public int pendingReview() {
        return (int) entries.stream().filter(e -> e.view().review() == ReviewStatus.PENDING_LEGAL_REVIEW).count();
    }

    public int inherited() {
        return (int) entries.stream().filter(e -> e.view().inherited()).count();
    }

    public int valueCount() {
        return entries.size();
    }
}

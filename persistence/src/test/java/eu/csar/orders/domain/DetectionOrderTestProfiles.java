package eu.csar.orders.domain;

import eu.csar.legal.api.ProfileKey;
import eu.csar.legal.api.ProfileRef;
import eu.csar.legal.api.ProfileValue;
import eu.csar.legal.api.ReviewStatus;
import eu.csar.legal.api.ValueKind;
import eu.csar.legal.domain.ProfileDocument;
import eu.csar.legal.domain.ShippedProfileFiles;

import java.util.ArrayList;
import java.util.List;

/** The shipped profile files as the tests read them, and variants with one value changed or removed. */
final class DetectionOrderTestProfiles {

    static final String COM = "COM-2022-209";
    static final String COUNCIL = "COUNCIL-GA-2025";

    private DetectionOrderTestProfiles() {
    }

    static ProfileDocument shipped(String profile) {
        return ShippedProfileFiles.documents().stream().filter(d -> d.profileId().equals(profile)).findFirst().orElseThrow();
    }

    static ProfileRef ref(String profile) {
        return new ProfileRef(profile, shipped(profile).version());
    }

    static List<ProfileValue> values(String profile) {
        return shipped(profile).values();
    }

    /** The Commission proposal's detection-order values, as shipped. */
    static DetectionOrderProfile com() {
        return DetectionOrderProfile.of(ref(COM), values(COM));
    }

    /** The Commission proposal with {@code key} set to {@code value} (a duration's text, or a list's items). */
    static DetectionOrderProfile comWith(ProfileKey key, ValueKind kind, String... value) {
        return DetectionOrderProfile.of(ref(COM), replaced(values(COM), key, kind, value));
    }

    static List<ProfileValue> replaced(List<ProfileValue> values, ProfileKey key, ValueKind kind, String... value) {
        List<ProfileValue> changed = new ArrayList<>(without(values, key));
        changed.add(kind.isList()
                ? new ProfileValue(key.key(), kind, null, List.of(value), "Art test", ReviewStatus.PENDING_LEGAL_REVIEW, null)
                : new ProfileValue(key.key(), kind, value[0], null, "Art test", ReviewStatus.PENDING_LEGAL_REVIEW, null));
        return changed;
    }

    static List<ProfileValue> without(List<ProfileValue> values, ProfileKey key) {
        return values.stream().filter(v -> !v.key().equals(key.key())).toList();
    }
}

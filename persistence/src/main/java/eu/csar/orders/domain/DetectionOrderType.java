package eu.csar.orders.domain;

import eu.csar.legal.api.ProfileKey;

/**
 * What a detection order makes the provider detect (Art 7(1), Art 10(1)): known material, new
 * material, or the solicitation of children (grooming). The type chooses the profile keys of its
 * maximum duration (Art 7(9), third subparagraph) and of the duration above which a mid-term report
 * is due (Art 9(3)); grooming has its own of both.
 */
public enum DetectionOrderType {
    KNOWN_MATERIAL(ProfileKey.DETECTION_ORDER__MAX_DURATION__KNOWN_MATERIAL, ProfileKey.DETECTION_ORDER__MID_TERM_REPORT_THRESHOLD),
    NEW_MATERIAL(ProfileKey.DETECTION_ORDER__MAX_DURATION__NEW_MATERIAL, ProfileKey.DETECTION_ORDER__MID_TERM_REPORT_THRESHOLD),
    GROOMING(ProfileKey.DETECTION_ORDER__MAX_DURATION__GROOMING, ProfileKey.DETECTION_ORDER__MID_TERM_REPORT_THRESHOLD__GROOMING);

    private final ProfileKey maxDuration;
    private final ProfileKey midTermReportThreshold;

    DetectionOrderType(ProfileKey maxDuration, ProfileKey midTermReportThreshold) {
        this.maxDuration = maxDuration;
        this.midTermReportThreshold = midTermReportThreshold;
    }

    /** The key of the longest period an order of this type may run. */
    public ProfileKey maxDurationKey() {
        return maxDuration;
    }

    /** The key of the period an order of this type must exceed for a mid-term report to be due. */
    public ProfileKey midTermReportThresholdKey() {
        return midTermReportThreshold;
    }
}

package eu.csar.vault.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a person asks to see content data. Every reveal names one; it is written as the purpose of the
 * audit entry, so the trail says what each look at the material was for. A closed list, so that the
 * trail stays searchable and a reveal "just to look" is not possible.
 */
public enum RevealPurpose {
    /** Assessing a report before it is forwarded or found manifestly unfounded (Art 48(1)). */
    REPORT_ASSESSMENT("report-assessment", "evidence reveal for report assessment"),
    /** Verifying that submitted material is what an indicator says it is (Art 36(1), 44). */
    INDICATOR_VERIFICATION("indicator-verification", "evidence reveal for indicator verification"),
    /** The second look of a four-eyes decision. */
    SECOND_REVIEW("second-review", "evidence reveal for a second review"),
    /** A request of a competent authority or court that names this item. */
    AUTHORITY_REQUEST("authority-request", "evidence reveal for an authority request"),
    /**
     * The platform's own detection job hashes the content (PDQ) to match it against the indicators
     * and earlier reports; no person sees it. Only the platform's {@code system} role may name it, and
     * that role may name no other purpose.
     */
    AUTOMATED_DETECTION("automated-detection", "evidence reveal for automated detection");

    private final String code;
    private final String auditText;

    RevealPurpose(String code, String auditText) {
        this.code = code;
        this.auditText = auditText;
    }

    /** The code partner APIs use ({@code ?purpose=report-assessment}). */
    public String code() {
        return code;
    }

    /** The purpose as the audit trail records it. */
    public String auditText() {
        return auditText;
    }

    /** The purpose with this code, if any (case-sensitive: codes are stable identifiers). */
    public static Optional<RevealPurpose> ofCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }
}

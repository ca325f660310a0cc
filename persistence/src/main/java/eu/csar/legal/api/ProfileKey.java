package eu.csar.legal.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every key of the shipped legal profiles, as a constant for code that reads a value
 * ({@code profiles.period(ref, ProfileKey.REMOVAL_ORDER__EXECUTION_PERIOD)}): a dot in the key is
 * a double underscore here, a hyphen a single one. Code names keys only through these constants (or
 * the key text itself), so that the traceability test ({@code LegalTraceabilityTest}) can find which
 * keys code uses and require a row with a test for each in {@code docs/legal-traceability.md}. A
 * later issue that needs a new value adds it to the profile files, here, and a row there.
 */
public enum ProfileKey {
    ANNEX_I__DETECTION_ORDER("annex-i.detection-order"),
    ANNEX_II__DETECTION_ORDER_CANNOT_EXECUTE("annex-ii.detection-order-cannot-execute"),
    ANNEX_III__REPORT("annex-iii.report"),
    ANNEX_IV__REMOVAL_ORDER("annex-iv.removal-order"),
    ANNEX_V__REMOVAL_ORDER_CANNOT_EXECUTE("annex-v.removal-order-cannot-execute"),
    ANNEX_VI__REMOVAL_ORDER_EXECUTED("annex-vi.removal-order-executed"),
    ANNEX_VII__BLOCKING_ORDER("annex-vii.blocking-order"),
    ANNEX_VIII__BLOCKING_ORDER_CANNOT_EXECUTE("annex-viii.blocking-order-cannot-execute"),
    BLOCKING_ORDER__MAX_DURATION("blocking-order.max-duration"),
    BLOCKING_ORDER__REASSESSMENT_INTERVAL("blocking-order.reassessment-interval"),
    DETECTION_ORDER__ANNEX_II_PAUSES("detection-order.annex-ii-pauses"),
    DETECTION_ORDER__APPEAL_WINDOW("detection-order.appeal-window"),
    DETECTION_ORDER__CENTRE_OPINION_PERIOD("detection-order.centre-opinion-period"),
    DETECTION_ORDER__CENTRE_OPINION_REMINDER("detection-order.centre-opinion-reminder"),
    DETECTION_ORDER__DETECTION_TYPES("detection-order.detection-types"),
    DETECTION_ORDER__GROOMING_EXTRA_STEPS("detection-order.grooming-extra-steps"),
    DETECTION_ORDER__MAX_DURATION__GROOMING("detection-order.max-duration.grooming"),
    DETECTION_ORDER__MAX_DURATION__KNOWN_MATERIAL("detection-order.max-duration.known-material"),
    DETECTION_ORDER__MAX_DURATION__NEW_MATERIAL("detection-order.max-duration.new-material"),
    DETECTION_ORDER__MID_TERM_REPORT_THRESHOLD("detection-order.mid-term-report-threshold"),
    DETECTION_ORDER__MID_TERM_REPORT_REMINDER("detection-order.mid-term-report-reminder"),
    DETECTION_ORDER__MID_TERM_REPORT_THRESHOLD__GROOMING("detection-order.mid-term-report-threshold.grooming"),
    DETECTION_ORDER__PROVIDER_COMMENT_PERIOD("detection-order.provider-comment-period"),
    DETECTION_ORDER__START_EARLIEST("detection-order.start-earliest"),
    DETECTION_ORDER__START_LATEST("detection-order.start-latest"),
    DETECTION__LEGAL_BASES("detection.legal-bases"),
    INDICATORS__REVIEW_PERIOD("indicators.review-period"),
    ORDERS__TYPES("orders.types"),
    PENALTY__CAP_INCORRECT_INFORMATION("penalty.cap-incorrect-information"),
    PENALTY__CAP_TURNOVER("penalty.cap-turnover"),
    PENALTY__FACTORS("penalty.factors"),
    PENALTY__PERIODIC_CAP_DAILY_TURNOVER("penalty.periodic-cap-daily-turnover"),
    REMOVAL_ORDER__ACKNOWLEDGEMENT_PERIOD("removal-order.acknowledgement-period"),
    REMOVAL_ORDER__EXECUTION_PAUSES("removal-order.execution-pauses"),
    REMOVAL_ORDER__EXECUTION_PERIOD("removal-order.execution-period"),
    REMOVAL_ORDER__EXECUTION_REMINDER("removal-order.execution-reminder"),
    REMOVAL_ORDER__NON_DISCLOSURE_EXTENSION("removal-order.non-disclosure-extension"),
    REMOVAL_ORDER__NON_DISCLOSURE_MAX_EXTENSIONS("removal-order.non-disclosure-max-extensions"),
    REMOVAL_ORDER__NON_DISCLOSURE_PERIOD("removal-order.non-disclosure-period"),
    REMOVAL_ORDER__REPEAT_NOTICE_INTERVAL("removal-order.repeat-notice-interval"),
    REPORT__ABUSE_TYPES("report.abuse-types"),
    REPORT__AUTOMATIC_FORWARDING_OF_KNOWN_MATERIAL("report.automatic-forwarding-of-known-material"),
    REPORT__CONTENT_FIELDS("report.content-fields"),
    REPORT__DO_NOT_INFORM_MAX("report.do-not-inform-max"),
    REPORT__MANIFESTLY_UNFOUNDED_FOUR_EYES("report.manifestly-unfounded-four-eyes"),
    REPORT__OUTCOMES("report.outcomes"),
    REPORT__REMOVAL_CHECK_INTERVAL("report.removal-check-interval"),
    REPORT__REMOVAL_CHECK_UNTIL("report.removal-check-until"),
    REPORT__USER_INFORMATION_DELAY("report.user-information-delay"),
    REPORT__USER_INFORMATION_RULE("report.user-information-rule"),
    RETENTION__AUDIT_ACTOR_NAME__ACTION("retention.audit-actor-name.action"),
    RETENTION__AUDIT_ACTOR_NAME__PERIOD("retention.audit-actor-name.period"),
    RETENTION__EXTENSION_MAX("retention.extension-max"),
    RETENTION__INDICATOR_REVIEW__ACTION("retention.indicator-review.action"),
    RETENTION__INDICATOR_REVIEW__PERIOD("retention.indicator-review.period"),
    RETENTION__PROVIDER_MAX("retention.provider-max"),
    RETENTION__PROVIDER_RULE("retention.provider-rule"),
    RETENTION__REPORT_PERSONAL_DATA__ACTION("retention.report-personal-data.action"),
    RETENTION__REPORT_PERSONAL_DATA__PERIOD("retention.report-personal-data.period"),
    RETENTION__VAULT_ITEM__ACTION("retention.vault-item.action"),
    RETENTION__VAULT_ITEM__PERIOD("retention.vault-item.period"),
    RETENTION__VICTIM_CASE__ACTION("retention.victim-case.action"),
    RETENTION__VICTIM_CASE__PERIOD("retention.victim-case.period"),
    RETENTION__VICTIM_SIGN_IN__ACTION("retention.victim-sign-in.action"),
    RETENTION__VICTIM_SIGN_IN__PERIOD("retention.victim-sign-in.period"),
    RISK_ASSESSMENT__APP_STORE_FIELDS("risk-assessment.app-store-fields"),
    RISK_ASSESSMENT__FIRST_ASSESSMENT_PERIOD("risk-assessment.first-assessment-period"),
    RISK_ASSESSMENT__INFORMATION_REQUEST_PERIOD("risk-assessment.information-request-period"),
    RISK_ASSESSMENT__MEASURES_PERIOD("risk-assessment.measures-period"),
    RISK_ASSESSMENT__REMINDER_BEFORE("risk-assessment.reminder-before"),
    RISK_ASSESSMENT__REPORT_FIELDS("risk-assessment.report-fields"),
    RISK_ASSESSMENT__REPORT_PERIOD("risk-assessment.report-period"),
    RISK_ASSESSMENT__UPDATE_BEFORE_ORDER_EXPIRY("risk-assessment.update-before-order-expiry"),
    RISK_ASSESSMENT__UPDATE_INTERVAL("risk-assessment.update-interval"),
    RISK__CATEGORIES("risk.categories"),
    RISK__CATEGORISATION_BY_AUTHORITY("risk.categorisation-by-authority"),
    TECHNOLOGY__OPINION_EXTENSION("technology.opinion-extension"),
    TECHNOLOGY__OPINION_EXTENSION_NOTICE_PERIOD("technology.opinion-extension-notice-period"),
    TECHNOLOGY__OPINION_PERIOD("technology.opinion-period"),
    TECHNOLOGY__OPINION_REMINDER("technology.opinion-reminder"),
    TRANSPARENCY__CA_FIGURES("transparency.ca-figures"),
    TRANSPARENCY__CA_REPORT_DUE("transparency.ca-report-due"),
    TRANSPARENCY__CENTRE_FIGURES("transparency.centre-figures"),
    TRANSPARENCY__CENTRE_REPORT_DUE("transparency.centre-report-due"),
    TRANSPARENCY__PROVIDER_FIGURES("transparency.provider-figures"),
    TRANSPARENCY__PROVIDER_REPORT_DUE("transparency.provider-report-due");

    private final String key;

    ProfileKey(String key) {
        this.key = key;
    }

    /** The key as the profile files and the database spell it, e.g. {@code removal-order.execution-period}. */
    public String key() {
        return key;
    }

    public static Optional<ProfileKey> of(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}

package eu.csar.orders.domain;

/**
 * What moves a detection order (see {@link DetectionOrderLifecycle}): the acts of the Coordinating
 * Authority of establishment, the provider, the EU Centre and the issuing authority, and the four
 * clock events the schedule ({@link DetectionOrderSchedule}) fires: {@link #CLOSE_APPEAL_WINDOW},
 * {@link #START}, {@link #MID_TERM_REPORT_FALLS_DUE} and {@link #EXPIRE}.
 */
public enum DetectionOrderEvent {
    SEND_FOR_CONSULTATION,
    RECORD_PROVIDER_COMMENTS,
    RECORD_CENTRE_OPINION,
    ADJUST_DRAFT,
    RECORD_IMPLEMENTATION_PLAN,
    RECORD_DPIA,
    RECORD_DPA_OPINION,
    SUBMIT_TO_ISSUING_AUTHORITY,
    ISSUE,
    REFUSE,
    TRANSMIT,
    ACKNOWLEDGE_RECEIPT,
    CLOSE_APPEAL_WINDOW,
    START,
    MID_TERM_REPORT_FALLS_DUE,
    RECORD_MID_TERM_REPORT,
    ANSWER_ANNEX_II,
    RESUME,
    EXPIRE,
    MODIFY,
    REVOKE,
    WITHDRAW
}

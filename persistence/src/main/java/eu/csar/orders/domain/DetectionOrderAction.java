package eu.csar.orders.domain;

import eu.csar.audit.api.AuditAction;

/** What the detection-order workflow records on the audit trail (Art 7-11). */
public enum DetectionOrderAction implements AuditAction {
    DETECTION_ORDER_DRAFTED,
    DETECTION_ORDER_SENT_FOR_CONSULTATION,
    DETECTION_ORDER_PROVIDER_COMMENTED,
    DETECTION_ORDER_CENTRE_OPINION_GIVEN,
    DETECTION_ORDER_DRAFT_ADJUSTED,
    DETECTION_ORDER_PLAN_RECORDED,
    DETECTION_ORDER_DPIA_RECORDED,
    DETECTION_ORDER_DPA_OPINION_RECORDED,
    DETECTION_ORDER_SUBMITTED,
    DETECTION_ORDER_ISSUED,
    DETECTION_ORDER_REFUSED,
    DETECTION_ORDER_TRANSMITTED,
    DETECTION_ORDER_RECEIVED,
    DETECTION_ORDER_FINAL,
    DETECTION_ORDER_IN_FORCE,
    DETECTION_ORDER_EXPIRED,
    DETECTION_ORDER_REVOKED,
    DETECTION_ORDER_WITHDRAWN,
    /** A move of the table this slice has no service for yet (Annex II, mid-term report, modification). */
    DETECTION_ORDER_MOVED,
    /** An order was read. */
    DETECTION_ORDER_READ,
    /** The Annex I form of an issued order was downloaded as a PDF. */
    DETECTION_ORDER_ANNEX_READ,
    /** A list of orders was read. */
    DETECTION_ORDER_LIST_READ;

    @Override
    public String objectType() {
        return "DetectionOrder";
    }

    /** The action recording a move of the workflow. */
    public static DetectionOrderAction of(DetectionOrderEvent event) {
        return switch (event) {
            case SEND_FOR_CONSULTATION -> DETECTION_ORDER_SENT_FOR_CONSULTATION;
            case RECORD_PROVIDER_COMMENTS -> DETECTION_ORDER_PROVIDER_COMMENTED;
            case RECORD_CENTRE_OPINION -> DETECTION_ORDER_CENTRE_OPINION_GIVEN;
            case ADJUST_DRAFT -> DETECTION_ORDER_DRAFT_ADJUSTED;
            case RECORD_IMPLEMENTATION_PLAN -> DETECTION_ORDER_PLAN_RECORDED;
            case RECORD_DPIA -> DETECTION_ORDER_DPIA_RECORDED;
            case RECORD_DPA_OPINION -> DETECTION_ORDER_DPA_OPINION_RECORDED;
            case SUBMIT_TO_ISSUING_AUTHORITY -> DETECTION_ORDER_SUBMITTED;
            case ISSUE -> DETECTION_ORDER_ISSUED;
            case REFUSE -> DETECTION_ORDER_REFUSED;
            case TRANSMIT -> DETECTION_ORDER_TRANSMITTED;
            case ACKNOWLEDGE_RECEIPT -> DETECTION_ORDER_RECEIVED;
            case CLOSE_APPEAL_WINDOW -> DETECTION_ORDER_FINAL;
            case START -> DETECTION_ORDER_IN_FORCE;
            case EXPIRE -> DETECTION_ORDER_EXPIRED;
            case REVOKE -> DETECTION_ORDER_REVOKED;
            case WITHDRAW -> DETECTION_ORDER_WITHDRAWN;
            case MID_TERM_REPORT_FALLS_DUE, RECORD_MID_TERM_REPORT, ANSWER_ANNEX_II, RESUME, MODIFY -> DETECTION_ORDER_MOVED;
        };
    }
}

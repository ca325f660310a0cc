package eu.csar.orders.domain;

import eu.csar.audit.api.AuditAction;

/** What the complaint workflow records on the audit trail (Art 34). */
public enum ComplaintAction implements AuditAction {
    COMPLAINT_FILED,
    COMPLAINT_FORWARDED,
    COMPLAINT_TAKEN_UP,
    COMPLAINT_DECIDED,
    COMPLAINT_WITHDRAWN,
    /** A complaint was read. */
    COMPLAINT_READ,
    /** A list of complaints was read. */
    COMPLAINT_LIST_READ;

    @Override
    public String objectType() {
        return "Complaint";
    }

    /** The action recording a move of the workflow. */
    public static ComplaintAction of(ComplaintEvent event) {
        return switch (event) {
            case FORWARD -> COMPLAINT_FORWARDED;
            case TAKE_UP -> COMPLAINT_TAKEN_UP;
            case DECIDE -> COMPLAINT_DECIDED;
            case WITHDRAW -> COMPLAINT_WITHDRAWN;
        };
    }
}

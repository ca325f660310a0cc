package eu.csar.penalties.domain;

import eu.csar.audit.api.AuditAction;

/**
 * What penalty case files record on the audit trail (Art 35). A case holds a provider's turnover
 * (confidential business data), so reads are audited as well as writes.
 */
public enum PenaltyCaseAction implements AuditAction {
    PENALTY_CASE_OPENED,
    PENALTY_CASE_FACTORS_RECORDED,
    PENALTY_CASE_TURNOVER_RECORDED,
    PENALTY_CASE_DECIDED,
    PENALTY_CASE_CLOSED,
    PENALTY_CASE_WITHDRAWN,
    /** A case file was read. */
    PENALTY_CASE_READ,
    /** A list of case files was read. */
    PENALTY_CASE_LIST_READ;

    @Override
    public String objectType() {
        return "PenaltyCase";
    }

    /** The action recording a move of the workflow. */
    public static PenaltyCaseAction of(PenaltyCaseEvent event) {
        return switch (event) {
            case DECIDE -> PENALTY_CASE_DECIDED;
            case CLOSE -> PENALTY_CASE_CLOSED;
            case WITHDRAW -> PENALTY_CASE_WITHDRAWN;
        };
    }
}

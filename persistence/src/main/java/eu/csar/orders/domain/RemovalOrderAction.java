package eu.csar.orders.domain;

import eu.csar.audit.api.AuditAction;

/** What the removal-order workflow records on the audit trail (Art 14-15). */
public enum RemovalOrderAction implements AuditAction {
    REMOVAL_ORDER_ISSUED,
    REMOVAL_ORDER_TRANSMITTED,
    REMOVAL_ORDER_ACKNOWLEDGED,
    REMOVAL_ORDER_ESCALATED,
    REMOVAL_ORDER_CANNOT_EXECUTE,
    REMOVAL_ORDER_CLARIFIED,
    REMOVAL_ORDER_EXECUTED,
    REMOVAL_ORDER_CONTESTED,
    REMOVAL_ORDER_REDRESS_RECORDED,
    REMOVAL_ORDER_CLOSED,
    REMOVAL_ORDER_WITHDRAWN,
    /** The execution period ran out before the provider reported execution. */
    REMOVAL_ORDER_EXECUTION_OVERDUE,
    REMOVAL_ORDER_NON_DISCLOSURE_EXTENDED,
    /** An EU Centre reviewer or the issuing authority recorded whether an item is still online. */
    REMOVAL_ORDER_ONLINE_CHECKED,
    /** A repeat notice went to the provider: an item is still online (issue 10 §3). */
    REMOVAL_ORDER_REPEAT_NOTICE_SENT,
    /** An order was read (its items and clocks). */
    REMOVAL_ORDER_READ,
    /** A list of orders was read. */
    REMOVAL_ORDER_LIST_READ,
    /** The annex form of an order was downloaded as a PDF. */
    REMOVAL_ORDER_ANNEX_READ,
    /** The time-to-removal figures (per order and per provider) were read. */
    REMOVAL_ORDER_STATISTICS_READ,
    /** A provider exported its removals as DSA statements of reasons (issue 13 §2). */
    REMOVAL_ORDER_DSA_STATEMENTS_READ;

    @Override
    public String objectType() {
        return "RemovalOrder";
    }

    /** The action recording a move of the workflow. */
    public static RemovalOrderAction of(RemovalOrderEvent event) {
        return switch (event) {
            case TRANSMIT -> REMOVAL_ORDER_TRANSMITTED;
            case ACKNOWLEDGE -> REMOVAL_ORDER_ACKNOWLEDGED;
            case ESCALATE -> REMOVAL_ORDER_ESCALATED;
            case DECLARE_CANNOT_EXECUTE -> REMOVAL_ORDER_CANNOT_EXECUTE;
            case CLARIFY -> REMOVAL_ORDER_CLARIFIED;
            case REPORT_EXECUTION -> REMOVAL_ORDER_EXECUTED;
            case CONTEST -> REMOVAL_ORDER_CONTESTED;
            case RECORD_OUTCOME -> REMOVAL_ORDER_REDRESS_RECORDED;
            case CLOSE -> REMOVAL_ORDER_CLOSED;
            case WITHDRAW -> REMOVAL_ORDER_WITHDRAWN;
        };
    }
}

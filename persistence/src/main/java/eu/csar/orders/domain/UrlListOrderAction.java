package eu.csar.orders.domain;

import eu.csar.audit.api.AuditAction;
import eu.csar.orders.api.UrlListOrderType;

/** What the blocking-order (Art 16-18) and delisting-order (Council 2025) workflows record on the audit trail. */
public enum UrlListOrderAction implements AuditAction {
    BLOCKING_ORDER_ISSUED,
    BLOCKING_ORDER_TRANSMITTED,
    BLOCKING_ORDER_ACKNOWLEDGED,
    BLOCKING_ORDER_EXECUTED,
    BLOCKING_ORDER_REASSESSED,
    /** The periodic reassessment fell due and was not made. */
    BLOCKING_ORDER_REASSESSMENT_OVERDUE,
    BLOCKING_ORDER_REASSESSMENT_REQUESTED,
    BLOCKING_ORDER_REASSESSMENT_ANSWERED,
    BLOCKING_ORDER_REVOKED,
    BLOCKING_ORDER_EXPIRED,
    BLOCKING_ORDER_READ,
    BLOCKING_ORDER_LIST_READ,
    /** The Annex VII form of a blocking order was downloaded as a PDF. */
    BLOCKING_ORDER_ANNEX_READ,
    DELISTING_ORDER_ISSUED,
    DELISTING_ORDER_TRANSMITTED,
    DELISTING_ORDER_ACKNOWLEDGED,
    DELISTING_ORDER_EXECUTED,
    DELISTING_ORDER_REVOKED,
    DELISTING_ORDER_READ,
    DELISTING_ORDER_LIST_READ,
    /** The form of a delisting order was downloaded as a PDF. */
    DELISTING_ORDER_ANNEX_READ;

    @Override
    public String objectType() {
        return name().startsWith("BLOCKING_") ? UrlListOrderType.BLOCKING.objectType() : UrlListOrderType.DELISTING.objectType();
    }

    /** The action recording a move of the workflow of {@code type}. */
    public static UrlListOrderAction of(UrlListOrderType type, UrlListOrderEvent event) {
        return named(type, switch (event) {
            case TRANSMIT -> "TRANSMITTED";
            case ACKNOWLEDGE -> "ACKNOWLEDGED";
            case REPORT_EXECUTION -> "EXECUTED";
            case REASSESS -> "REASSESSED";
            case REQUEST_REASSESSMENT -> "REASSESSMENT_REQUESTED";
            case ANSWER_REASSESSMENT -> "REASSESSMENT_ANSWERED";
            case REVOKE -> "REVOKED";
            case EXPIRE -> "EXPIRED";
        });
    }

    public static UrlListOrderAction issued(UrlListOrderType type) {
        return named(type, "ISSUED");
    }

    public static UrlListOrderAction read(UrlListOrderType type) {
        return named(type, "READ");
    }

    public static UrlListOrderAction listRead(UrlListOrderType type) {
        return named(type, "LIST_READ");
    }

    public static UrlListOrderAction annexRead(UrlListOrderType type) {
        return named(type, "ANNEX_READ");
    }

    private static UrlListOrderAction named(UrlListOrderType type, String suffix) {
        return valueOf(type.name() + "_ORDER_" + suffix);
    }
}

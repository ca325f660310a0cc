package eu.csar.orders.domain;

import eu.csar.audit.api.AuditAction;

/** What the overviews over orders of every kind record on the audit trail. */
public enum OrderOverviewAction implements AuditAction {
    /** A Coordinating or issuing authority read the open deadlines of its Member States' orders. */
    ORDER_DEADLINES_READ,
    /** EU Centre staff read the number of orders per kind, Member State and state. */
    ORDER_STATISTICS_READ;

    @Override
    public String objectType() {
        return "Order";
    }
}

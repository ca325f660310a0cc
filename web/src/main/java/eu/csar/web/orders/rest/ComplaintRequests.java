package eu.csar.web.orders.rest;

import eu.csar.orders.api.OrderKind;
import eu.csar.orders.application.NewComplaint;
import eu.csar.web.platform.rest.Inputs;

/**
 * The bodies sent to {@code /api/v1/complaints}, read field by field so that a malformed one is a
 * 400 problem naming its field, before any service runs.
 */
public final class ComplaintRequests {

    private ComplaintRequests() {
    }

    /** A complaint the Coordinating Authority of the user's Member State received (Art 34(1)). */
    public static class Create {
        /** ISO 3166 alpha-2 of the receiving Member State; may be left out when the caller acts for one Member State. */
        public String memberState;
        /** REMOVAL, DETECTION, BLOCKING or DELISTING. */
        public String orderKind;
        /** The order's id. */
        public String orderId;
        /** What the user complains of: no content, no personal data beyond what the complaint needs. */
        public String summary;
        /** The receiving authority's own reference to reach the user (optional). */
        public String contactReference;

        NewComplaint toDomain() {
            OrderKind kind = Inputs.requiredEnum(OrderKind.class, orderKind, "orderKind");
            Inputs.requiredText(summary, "summary");
            return new NewComplaint(memberState == null || memberState.isBlank() ? null
                    : Inputs.memberState(memberState, "memberState"), kind, Inputs.uuid(orderId, "orderId"), summary,
                    contactReference);
        }
    }

    /** The decision of the authority of establishment. */
    public static class Decision {
        /** UPHELD, PARTLY_UPHELD or REJECTED. */
        public String outcome;
        public String reasons;
    }

    /** A free text: the reason of a withdrawal. */
    public static class Text {
        public String text;
    }
}

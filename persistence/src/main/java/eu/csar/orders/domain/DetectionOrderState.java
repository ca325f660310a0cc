package eu.csar.orders.domain;

/**
 * Where a detection order stands in the Art 7-11 flow (see {@link DetectionOrderLifecycle}). The
 * three {@code PAUSED_*} states are the phases in which the provider's Annex II answer (cannot
 * execute, needs clarification; Art 8(3)) holds the order until the Coordinating Authority of
 * establishment clarifies it; which of the order's clocks stop meanwhile is the legal profile's
 * {@code detection-order.annex-ii-pauses}.
 */
public enum DetectionOrderState {
    /** The Coordinating Authority of establishment drafts its request (Art 7(2)). */
    DRAFTED,
    /** The draft is with the provider (comments) and the EU Centre (opinion) (Art 7(3), first subparagraph). */
    IN_CONSULTATION,
    /** The draft adjusted after the comments and the opinion (Art 7(3), point (c)). */
    ADJUSTED,
    /** The provider's implementation plan recorded; for grooming, the DPIA and the DPA opinion join it (Art 7(3)). */
    PLAN_RECORDED,
    /** With the issuing authority of the same Member State (Art 7(4)). */
    SUBMITTED,
    /** Issued by the issuing authority (Art 7(4), Art 8(1)). */
    ISSUED,
    /** Refused by the issuing authority, with reasons. Final. */
    REFUSED,
    /** Sent to the provider, the Coordinating Authority of establishment and the EU Centre (Art 8(1)). */
    TRANSMITTED,
    /** The provider acknowledged receipt; the start window and the appeal window count from here (Art 7(9)). */
    RECEIVED,
    /** The appeal window closed (Art 9(2)); waiting for the start date. */
    FINAL,
    /** Between its start and end dates (Art 7(9)). */
    IN_FORCE,
    /** In force, and the mid-term execution report is due (Art 9(3)). */
    MID_TERM_REPORT_DUE,
    /** An Annex II answer before the order became final. */
    PAUSED_BEFORE_FINAL,
    /** An Annex II answer after the order became final, before its start. */
    PAUSED_BEFORE_START,
    /** An Annex II answer while the order is in force. */
    PAUSED_IN_FORCE,
    /** Its end date passed. Final. */
    EXPIRED,
    /** Replaced by a modified order the issuing authority issues at the Coordinating Authority's request. Final for this order. */
    MODIFIED,
    /** Revoked by the issuing authority. Final. */
    REVOKED,
    /** The request withdrawn by the Coordinating Authority before submission. Final. */
    WITHDRAWN
}

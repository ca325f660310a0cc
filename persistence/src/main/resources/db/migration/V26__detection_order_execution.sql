-- A detection order's execution (Art 8(3), Art 9(3)): the mid-term execution report that an order
-- running longer than the profile's threshold needs halfway (when it falls due, its persistent
-- deadline, the provider's report), and the provider's latest Annex II answer (cannot execute: the
-- ground, the explanation, the clarification it asks for) with the Coordinating Authority's
-- clarification that resumed the order. Earlier answers stay in the status history. A modification
-- (Art 9(4)) ends the order and issues the one that replaces it: each names the other.
ALTER TABLE detection_orders
    ADD COLUMN mid_term_report_due_at           TIMESTAMPTZ,
    ADD COLUMN mid_term_deadline_id             UUID,
    ADD COLUMN mid_term_report                  VARCHAR(4000),
    ADD COLUMN mid_term_report_at               TIMESTAMPTZ,
    ADD COLUMN annex_ii_ground                  VARCHAR(32)
        CHECK (annex_ii_ground IN ('MANIFEST_ERRORS', 'INSUFFICIENT_INFORMATION')),
    ADD COLUMN annex_ii_explanation             VARCHAR(4000),
    ADD COLUMN annex_ii_clarification_requested VARCHAR(4000),
    ADD COLUMN annex_ii_at                      TIMESTAMPTZ,
    ADD COLUMN clarification                    VARCHAR(4000),
    ADD COLUMN clarified_at                     TIMESTAMPTZ,
    ADD COLUMN replaces_id                      UUID REFERENCES detection_orders (id),
    ADD COLUMN replaced_by_id                   UUID REFERENCES detection_orders (id),
    ADD CONSTRAINT detection_orders_annex_ii_whole
        CHECK ((annex_ii_ground IS NULL) = (annex_ii_at IS NULL) AND (annex_ii_at IS NULL) = (annex_ii_explanation IS NULL)),
    ADD CONSTRAINT detection_orders_report_whole CHECK ((mid_term_report IS NULL) = (mid_term_report_at IS NULL));

-- An order is modified once: the replacement is the order modified next time.
CREATE UNIQUE INDEX detection_orders_replaces_idx ON detection_orders (replaces_id) WHERE replaces_id IS NOT NULL;

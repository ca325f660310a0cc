-- Issue 10 §3: an item of an executed or overdue removal order still found online (a check by an EU
-- Centre reviewer or the issuing authority, with its time and outcome per item) gets the provider a
-- repeat notice every removal-order.repeat-notice-interval (legal profile) while it stays online.
CREATE TABLE removal_order_online_checks (
    id             UUID          PRIMARY KEY,
    order_id       UUID          NOT NULL REFERENCES removal_orders (id),
    item_position  INT           NOT NULL CHECK (item_position >= 0),
    still_online   BOOLEAN       NOT NULL,
    checked_at     TIMESTAMPTZ   NOT NULL,
    checked_by     VARCHAR(200)  NOT NULL,
    recorded_at    TIMESTAMPTZ   NOT NULL
);
CREATE INDEX removal_order_online_checks_order_idx ON removal_order_online_checks (order_id, checked_at);

ALTER TABLE removal_orders
    ADD COLUMN repeat_notices             INT          NOT NULL DEFAULT 0,
    ADD COLUMN last_repeat_notice_at      TIMESTAMPTZ,
    ADD COLUMN repeat_notice_deadline_id  UUID;

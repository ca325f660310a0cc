-- Forwarding (issue 11 section 4): recipients that pull their deliveries, and operators who deliver a
-- FAILED or DEAD delivery again.
-- redelivered_after: the attempts made before the last operator redelivery; the retry schedule
-- (DeliveryBackoff) counts the attempts after it, while the delivery log keeps numbering on.
ALTER TABLE report_deliveries ADD COLUMN redelivered_after INTEGER NOT NULL DEFAULT 0;
ALTER TABLE report_deliveries ADD CONSTRAINT report_deliveries_redelivered_after
    CHECK (redelivered_after >= 0 AND redelivered_after <= attempts);

-- GET /api/v1/deliveries: a recipient's waiting deliveries, urgent first, then the oldest (keyset paging).
CREATE INDEX report_deliveries_waiting_idx ON report_deliveries (recipient, (NOT urgent), created_at, id)
    WHERE state = 'PENDING';
-- The operator screen: FAILED and DEAD deliveries, oldest first.
CREATE INDEX report_deliveries_unsettled_idx ON report_deliveries (created_at) WHERE state IN ('FAILED', 'DEAD');

-- Forwarding (issue 11 section 4, Art 48(3)): a forward decision creates, in its own commit, one
-- delivery per recipient (each Member State's law-enforcement authority, and/or Europol); a
-- delivery job per delivery goes through the outbox to ReportDeliveryQueue. The delivery's id is
-- what the recipient de-duplicates by. Once every delivery of a report is DELIVERED the report is
-- FORWARDED. Every attempt is a row of the delivery log (and an audit entry).
ALTER TABLE reports DROP CONSTRAINT reports_state_check;
ALTER TABLE reports ADD CONSTRAINT reports_state_check CHECK (state IN ('OPEN', 'FINISHED', 'RETRACTED', 'IN_REVIEW',
    'AWAITING_SECOND_REVIEW', 'IN_SECOND_REVIEW', 'FORWARD_DECIDED', 'FORWARDED', 'MANIFESTLY_UNFOUNDED'));
ALTER TABLE reports DROP CONSTRAINT reports_decision;
ALTER TABLE reports ADD CONSTRAINT reports_decision
    CHECK ((decision IS NULL) = (state NOT IN ('FORWARD_DECIDED', 'FORWARDED', 'MANIFESTLY_UNFOUNDED'))
           AND (decision IS NULL) = (decided_at IS NULL));

CREATE TABLE report_deliveries (
    id              UUID         PRIMARY KEY,
    version         BIGINT       NOT NULL,
    report_id       UUID         NOT NULL REFERENCES reports (id),
    -- a Member State's ISO code (its law-enforcement authority) or EUROPOL
    recipient       VARCHAR(16)  NOT NULL,
    urgent          BOOLEAN      NOT NULL,
    state           VARCHAR(16)  NOT NULL CHECK (state IN ('PENDING', 'DELIVERED', 'FAILED', 'DEAD')),
    attempts        INTEGER      NOT NULL CHECK (attempts >= 0),
    next_attempt_at TIMESTAMPTZ,
    last_error      VARCHAR(500),
    created_at      TIMESTAMPTZ  NOT NULL,
    delivered_at    TIMESTAMPTZ,
    CONSTRAINT report_deliveries_once UNIQUE (report_id, recipient),
    CONSTRAINT report_deliveries_delivered CHECK ((state = 'DELIVERED') = (delivered_at IS NOT NULL))
);

-- The delivery log: one row per attempt, successful or not.
CREATE TABLE report_delivery_attempts (
    id           UUID         PRIMARY KEY,
    delivery_id  UUID         NOT NULL REFERENCES report_deliveries (id),
    attempt      INTEGER      NOT NULL CHECK (attempt >= 1),
    attempted_at TIMESTAMPTZ  NOT NULL,
    outcome      VARCHAR(16)  NOT NULL CHECK (outcome IN ('DELIVERED', 'FAILED', 'DEAD')),
    http_status  INTEGER,
    error        VARCHAR(500),
    CONSTRAINT report_delivery_attempts_once UNIQUE (delivery_id, attempt)
);
CREATE INDEX report_delivery_attempts_delivery_idx ON report_delivery_attempts (delivery_id);

-- Complaints of users of a service about an order (Art 34 of COM(2022) 209): lodged with the
-- Coordinating Authority of the Member State where the user lives (receiving_member_state), passed
-- to the Coordinating Authority of establishment (establishment_member_state: the order's Member
-- State, copied from the order when the complaint is filed), examined and decided there. The order
-- is named by kind and id (orders of four kinds live in three tables, so no foreign key); its
-- reference is copied for reading. No content and no personal data beyond a summary and the
-- receiving authority's own contact reference.
CREATE TABLE complaints (
    id                          UUID          PRIMARY KEY,
    version                     BIGINT        NOT NULL,
    receiving_member_state      CHAR(2)       NOT NULL,
    establishment_member_state  CHAR(2)       NOT NULL,
    order_kind                  VARCHAR(16)   NOT NULL CHECK (order_kind IN ('REMOVAL', 'DETECTION', 'BLOCKING', 'DELISTING')),
    order_id                    UUID          NOT NULL,
    order_reference             VARCHAR(100)  NOT NULL,
    summary                     VARCHAR(2000) NOT NULL,
    contact_reference           VARCHAR(200),
    state                       VARCHAR(20)   NOT NULL CHECK (state IN ('RECEIVED', 'FORWARDED', 'UNDER_EXAMINATION',
                                                                        'DECIDED', 'WITHDRAWN')),
    filed_by                    VARCHAR(200)  NOT NULL,
    filed_at                    TIMESTAMPTZ   NOT NULL,
    forwarded_at                TIMESTAMPTZ,
    outcome                     VARCHAR(16)   CHECK (outcome IN ('UPHELD', 'PARTLY_UPHELD', 'REJECTED')),
    decision_reasons            VARCHAR(450),
    decided_by                  VARCHAR(200),
    decided_at                  TIMESTAMPTZ,
    state_changed_at            TIMESTAMPTZ   NOT NULL,
    CONSTRAINT complaints_decided CHECK ((state = 'DECIDED') = (outcome IS NOT NULL AND decision_reasons IS NOT NULL
                                                              AND decided_at IS NOT NULL))
);
CREATE INDEX complaints_receiving_idx ON complaints (receiving_member_state, filed_at DESC);
CREATE INDEX complaints_establishment_idx ON complaints (establishment_member_state, filed_at DESC);
CREATE INDEX complaints_order_idx ON complaints (order_kind, order_id);

CREATE TABLE complaint_status_changes (
    id            UUID          PRIMARY KEY,
    complaint_id  UUID          NOT NULL REFERENCES complaints (id),
    from_state    VARCHAR(20),
    event         VARCHAR(32)   NOT NULL,
    to_state      VARCHAR(20)   NOT NULL,
    occurred_at   TIMESTAMPTZ   NOT NULL,
    actor         VARCHAR(200)  NOT NULL,
    reason        VARCHAR(500),
    legal_basis   VARCHAR(100)
);
CREATE INDEX complaint_status_changes_complaint_idx ON complaint_status_changes (complaint_id, occurred_at);

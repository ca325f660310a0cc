-- Removal orders (Art 14-15 of COM(2022) 209): issued by the issuing authority of a Member State
-- to a hosting provider for specific items (URLs or content references, never content). The clock
-- fields mirror the persistent deadlines (table deadlines, V7) the order schedules; the status
-- history has one row per move of RemovalOrderLifecycle.
CREATE TABLE removal_orders (
    id                          UUID          PRIMARY KEY,
    version                     BIGINT        NOT NULL,
    reference                   VARCHAR(100)  NOT NULL,
    issuing_member_state        CHAR(2)       NOT NULL,
    issuing_authority           VARCHAR(200)  NOT NULL,
    provider_id                 UUID          NOT NULL REFERENCES providers (id),
    provider_name               VARCHAR(200)  NOT NULL,
    addressed_to                VARCHAR(20)   NOT NULL CHECK (addressed_to IN ('POINT_OF_CONTACT', 'LEGAL_REPRESENTATIVE')),
    contact_email               VARCHAR(254)  NOT NULL,
    reasons                     VARCHAR(4000) NOT NULL,
    profile_id                  VARCHAR(40)   NOT NULL,
    profile_version             INT           NOT NULL,
    state                       VARCHAR(16)   NOT NULL CHECK (state IN ('ISSUED', 'TRANSMITTED', 'ESCALATED', 'RECEIVED',
                                                                        'PAUSED', 'EXECUTED', 'CONTESTED', 'CLOSED')),
    issued_by                   VARCHAR(200)  NOT NULL,
    issued_at                   TIMESTAMPTZ   NOT NULL,
    transmitted_at              TIMESTAMPTZ,
    acknowledgement_due_at      TIMESTAMPTZ,
    escalated_at                TIMESTAMPTZ,
    received_at                 TIMESTAMPTZ,
    execution_due_at            TIMESTAMPTZ,
    paused_at                   TIMESTAMPTZ,
    pause_reason                VARCHAR(32),
    pause_explanation           VARCHAR(2000),
    remaining_at_pause_ms       BIGINT,
    restarted_at                TIMESTAMPTZ,
    execution_overdue_at        TIMESTAMPTZ,
    executed_at                 TIMESTAMPTZ,
    execution_reported_at       TIMESTAMPTZ,
    measure_taken               VARCHAR(16)   CHECK (measure_taken IN ('REMOVED', 'DISABLED')),
    non_disclosure_until        TIMESTAMPTZ,
    non_disclosure_extensions   INT           NOT NULL DEFAULT 0,
    contested_by                VARCHAR(16)   CHECK (contested_by IN ('PROVIDER', 'UPLOADER')),
    contested_at                TIMESTAMPTZ,
    court_reference             VARCHAR(200),
    redress_outcome             VARCHAR(16)   CHECK (redress_outcome IN ('UPHELD', 'ANNULLED')),
    redress_outcome_at          TIMESTAMPTZ,
    acknowledgement_deadline_id UUID,
    execution_deadline_id       UUID,
    non_disclosure_deadline_id  UUID,
    state_changed_at            TIMESTAMPTZ   NOT NULL
);
CREATE INDEX removal_orders_provider_idx ON removal_orders (provider_id, issued_at DESC);
CREATE INDEX removal_orders_member_state_idx ON removal_orders (issuing_member_state, issued_at DESC);

-- The items an order names: a URL or a reference to content on the provider's service, never content.
CREATE TABLE removal_order_items (
    order_id    UUID          NOT NULL REFERENCES removal_orders (id),
    position    INT           NOT NULL,
    kind        VARCHAR(20)   NOT NULL CHECK (kind IN ('URL', 'CONTENT_REFERENCE')),
    locator     VARCHAR(2048) NOT NULL,
    PRIMARY KEY (order_id, position)
);

CREATE TABLE removal_order_status_changes (
    id           UUID          PRIMARY KEY,
    order_id     UUID          NOT NULL REFERENCES removal_orders (id),
    from_state   VARCHAR(16),
    event        VARCHAR(32)   NOT NULL,
    to_state     VARCHAR(16)   NOT NULL,
    occurred_at  TIMESTAMPTZ   NOT NULL,
    actor        VARCHAR(200)  NOT NULL,
    reason       VARCHAR(500),
    legal_basis  VARCHAR(100)
);
CREATE INDEX removal_order_status_changes_order_idx ON removal_order_status_changes (order_id, occurred_at);

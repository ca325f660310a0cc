-- Detection orders (Art 7-11 of COM(2022) 209): the Coordinating Authority of establishment drafts a
-- request for a provider under its jurisdiction, consults the provider and the EU Centre, adjusts it,
-- records the provider's implementation plan (grooming: the DPIA and the data-protection authority's
-- opinion), and submits it to the issuing authority of the same Member State, which issues or refuses
-- it. The clock fields mirror the persistent deadlines (table deadlines, V7) the order schedules; the
-- status history has one row per move of DetectionOrderLifecycle.
CREATE TABLE detection_orders (
    id                      UUID          PRIMARY KEY,
    version                 BIGINT        NOT NULL,
    reference               VARCHAR(100)  NOT NULL,
    member_state            CHAR(2)       NOT NULL,
    provider_id             UUID          NOT NULL REFERENCES providers (id),
    provider_name           VARCHAR(200)  NOT NULL,
    addressed_to            VARCHAR(20)   NOT NULL CHECK (addressed_to IN ('POINT_OF_CONTACT', 'LEGAL_REPRESENTATIVE')),
    contact_email           VARCHAR(254)  NOT NULL,
    service                 VARCHAR(500)  NOT NULL,
    detection_type          VARCHAR(16)   NOT NULL CHECK (detection_type IN ('KNOWN_MATERIAL', 'NEW_MATERIAL', 'GROOMING')),
    duration                VARCHAR(16)   NOT NULL,
    safeguards              VARCHAR(4000) NOT NULL,
    technology_reference    VARCHAR(200)  NOT NULL,
    reasons                 VARCHAR(4000) NOT NULL,
    profile_id              VARCHAR(40)   NOT NULL,
    profile_version         INT           NOT NULL,
    state                   VARCHAR(24)   NOT NULL CHECK (state IN ('DRAFTED', 'IN_CONSULTATION', 'ADJUSTED', 'PLAN_RECORDED',
                                                                    'SUBMITTED', 'ISSUED', 'REFUSED', 'TRANSMITTED', 'RECEIVED',
                                                                    'FINAL', 'IN_FORCE', 'MID_TERM_REPORT_DUE',
                                                                    'PAUSED_BEFORE_FINAL', 'PAUSED_BEFORE_START',
                                                                    'PAUSED_IN_FORCE', 'EXPIRED', 'MODIFIED', 'REVOKED',
                                                                    'WITHDRAWN')),
    drafted_by              VARCHAR(200)  NOT NULL,
    drafted_at              TIMESTAMPTZ   NOT NULL,
    comment_period          VARCHAR(16),
    consultation_sent_at    TIMESTAMPTZ,
    comments_due_at         TIMESTAMPTZ,
    opinion_due_at          TIMESTAMPTZ,
    provider_comments       VARCHAR(4000),
    comments_at             TIMESTAMPTZ,
    centre_opinion          VARCHAR(4000),
    opinion_at              TIMESTAMPTZ,
    adjustments             VARCHAR(4000),
    adjusted_at             TIMESTAMPTZ,
    implementation_plan     VARCHAR(4000),
    plan_at                 TIMESTAMPTZ,
    dpia                    VARCHAR(4000),
    dpia_at                 TIMESTAMPTZ,
    dpa_opinion             VARCHAR(4000),
    dpa_opinion_at          TIMESTAMPTZ,
    submitted_at            TIMESTAMPTZ,
    issuing_authority       VARCHAR(200),
    decided_by              VARCHAR(200),
    decided_at              TIMESTAMPTZ,
    decision_reasons        VARCHAR(4000),
    start_at                TIMESTAMPTZ,
    end_at                  TIMESTAMPTZ,
    transmitted_at          TIMESTAMPTZ,
    received_at             TIMESTAMPTZ,
    appeal_window_closes_at TIMESTAMPTZ,
    final_at                TIMESTAMPTZ,
    in_force_at             TIMESTAMPTZ,
    ended_at                TIMESTAMPTZ,
    opinion_deadline_id     UUID,
    appeal_deadline_id      UUID,
    start_deadline_id       UUID,
    end_deadline_id         UUID,
    state_changed_at        TIMESTAMPTZ   NOT NULL,
    CONSTRAINT detection_orders_period CHECK (end_at IS NULL OR end_at > start_at)
);
CREATE INDEX detection_orders_provider_idx ON detection_orders (provider_id, drafted_at DESC);
CREATE INDEX detection_orders_member_state_idx ON detection_orders (member_state, drafted_at DESC);

-- The indicator sets an order names (Art 7(1)): what the provider may match against while it is in force.
CREATE TABLE detection_order_indicator_sets (
    order_id    UUID          NOT NULL REFERENCES detection_orders (id),
    set_id      UUID          NOT NULL REFERENCES indicator_sets (id),
    PRIMARY KEY (order_id, set_id)
);

-- The indicator grants an issued order created (one per set), ended when the order is revoked.
CREATE TABLE detection_order_grants (
    order_id    UUID          NOT NULL REFERENCES detection_orders (id),
    grant_id    UUID          NOT NULL REFERENCES indicator_grants (id),
    PRIMARY KEY (order_id, grant_id)
);

CREATE TABLE detection_order_status_changes (
    id           UUID          PRIMARY KEY,
    order_id     UUID          NOT NULL REFERENCES detection_orders (id),
    from_state   VARCHAR(24),
    event        VARCHAR(32)   NOT NULL,
    to_state     VARCHAR(24)   NOT NULL,
    occurred_at  TIMESTAMPTZ   NOT NULL,
    actor        VARCHAR(200)  NOT NULL,
    reason       VARCHAR(500),
    legal_basis  VARCHAR(100)
);
CREATE INDEX detection_order_status_changes_order_idx ON detection_order_status_changes (order_id, occurred_at);

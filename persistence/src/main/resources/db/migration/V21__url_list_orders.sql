-- Blocking orders (Art 16-18 of COM(2022) 209) and delisting orders (Council general approach 2025):
-- issued by the issuing authority of a Member State to an internet access provider (blocking) or a
-- search engine (delisting), naming entries of the EU Centre's URL list (indicators of kind URL, by
-- id; the URL is copied as it stood at issue). One table for both kinds: they share the receipt ->
-- execution -> report pattern; each kind moves by its own transition table (BlockingOrderLifecycle,
-- DelistingOrderLifecycle). The clock fields mirror the persistent deadlines (table deadlines, V7).
CREATE TABLE url_list_orders (
    id                          UUID          PRIMARY KEY,
    version                     BIGINT        NOT NULL,
    order_type                  VARCHAR(16)   NOT NULL CHECK (order_type IN ('BLOCKING', 'DELISTING')),
    reference                   VARCHAR(100)  NOT NULL,
    issuing_member_state        CHAR(2)       NOT NULL,
    issuing_authority           VARCHAR(200)  NOT NULL,
    provider_id                 UUID          NOT NULL REFERENCES providers (id),
    provider_name               VARCHAR(200)  NOT NULL,
    addressed_to                VARCHAR(20)   NOT NULL CHECK (addressed_to IN ('POINT_OF_CONTACT', 'LEGAL_REPRESENTATIVE')),
    contact_email               VARCHAR(254)  NOT NULL,
    reasons                     VARCHAR(4000) NOT NULL,
    -- blocking only: the text the provider shows to users who reach a blocked URL (Art 16, Annex VII)
    user_notice                 VARCHAR(2000),
    profile_id                  VARCHAR(40)   NOT NULL,
    profile_version             INT           NOT NULL,
    state                       VARCHAR(16)   NOT NULL CHECK (state IN ('ISSUED', 'TRANSMITTED', 'RECEIVED', 'EXECUTED',
                                                                        'REVOKED', 'EXPIRED')),
    issued_by                   VARCHAR(200)  NOT NULL,
    issued_at                   TIMESTAMPTZ   NOT NULL,
    -- blocking only: the period of application (at most the profile's maximum) and its end
    period_of_application       VARCHAR(16),
    ends_at                     TIMESTAMPTZ,
    transmitted_at              TIMESTAMPTZ,
    received_at                 TIMESTAMPTZ,
    executed_at                 TIMESTAMPTZ,
    execution_reported_at       TIMESTAMPTZ,
    reassessment_due_at         TIMESTAMPTZ,
    reassessment_overdue_at     TIMESTAMPTZ,
    last_reassessed_at          TIMESTAMPTZ,
    revoked_at                  TIMESTAMPTZ,
    expired_at                  TIMESTAMPTZ,
    reassessment_deadline_id    UUID,
    expiry_deadline_id          UUID,
    state_changed_at            TIMESTAMPTZ   NOT NULL,
    CONSTRAINT url_list_orders_blocking_fields CHECK ((order_type = 'BLOCKING')
        = (user_notice IS NOT NULL AND period_of_application IS NOT NULL AND ends_at IS NOT NULL))
);
CREATE INDEX url_list_orders_provider_idx ON url_list_orders (order_type, provider_id, issued_at DESC);
CREATE INDEX url_list_orders_member_state_idx ON url_list_orders (order_type, issuing_member_state, issued_at DESC);

-- The URL-list entries an order names: the indicator's id and its URL at issue; never content.
-- lifted_at: the entry was taken out of the order after a reassessment request found it mistaken.
CREATE TABLE url_list_order_entries (
    order_id      UUID          NOT NULL REFERENCES url_list_orders (id),
    position      INT           NOT NULL,
    indicator_id  UUID          NOT NULL REFERENCES indicators (id),
    url           VARCHAR(2048) NOT NULL,
    lifted_at     TIMESTAMPTZ,
    PRIMARY KEY (order_id, position)
);

-- A request by the provider or a user to reassess a block believed mistaken (Art 18), and its answer.
CREATE TABLE url_list_order_reassessment_requests (
    id             UUID          PRIMARY KEY,
    order_id       UUID          NOT NULL REFERENCES url_list_orders (id),
    indicator_id   UUID          NOT NULL,
    requested_by   VARCHAR(16)   NOT NULL CHECK (requested_by IN ('PROVIDER', 'USER')),
    reason         VARCHAR(2000) NOT NULL,
    recorded_by    VARCHAR(200)  NOT NULL,
    requested_at   TIMESTAMPTZ   NOT NULL,
    outcome        VARCHAR(16)   CHECK (outcome IN ('UPHELD', 'LIFTED')),
    answer         VARCHAR(2000),
    answered_by    VARCHAR(200),
    answered_at    TIMESTAMPTZ,
    CONSTRAINT url_list_order_reassessment_answered CHECK ((outcome IS NULL) = (answered_at IS NULL))
);
CREATE INDEX url_list_order_reassessment_requests_order_idx ON url_list_order_reassessment_requests (order_id, requested_at);

CREATE TABLE url_list_order_status_changes (
    id           UUID          PRIMARY KEY,
    order_id     UUID          NOT NULL REFERENCES url_list_orders (id),
    from_state   VARCHAR(16),
    event        VARCHAR(32)   NOT NULL,
    to_state     VARCHAR(16)   NOT NULL,
    occurred_at  TIMESTAMPTZ   NOT NULL,
    actor        VARCHAR(200)  NOT NULL,
    reason       VARCHAR(500),
    legal_basis  VARCHAR(100)
);
CREATE INDEX url_list_order_status_changes_order_idx ON url_list_order_status_changes (order_id, occurred_at);

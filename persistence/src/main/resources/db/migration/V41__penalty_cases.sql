-- Penalty case files (Art 35 of COM(2022) 209): a Coordinating Authority's infringement case against a
-- provider under its jurisdiction (member_state: the authority's, checked against the registry's derived
-- jurisdiction when the case is opened), running under the legal-profile version pinned on opening
-- (profile_id, profile_version: the factors of Art 35(6) and the caps are read from it). It holds the
-- provider's annual worldwide turnover: confidential business data, read only by that authority and
-- every read audited. A decided case keeps the calculator's steps (penalty_case_steps).
CREATE TABLE penalty_cases (
    id                      UUID           PRIMARY KEY,
    version                 BIGINT         NOT NULL,
    case_number             VARCHAR(32)    NOT NULL UNIQUE,
    member_state            CHAR(2)        NOT NULL,
    provider_id             UUID           NOT NULL REFERENCES providers (id),
    provider_name           VARCHAR(300)   NOT NULL,
    profile_id              VARCHAR(100)   NOT NULL,
    profile_version         INTEGER        NOT NULL CHECK (profile_version >= 1),
    summary                 VARCHAR(2000)  NOT NULL,
    state                   VARCHAR(16)    NOT NULL CHECK (state IN ('OPEN', 'DECIDED', 'CLOSED', 'WITHDRAWN')),
    opened_by               VARCHAR(200)   NOT NULL,
    opened_at               TIMESTAMPTZ    NOT NULL,
    annual_turnover         NUMERIC(17, 2) CHECK (annual_turnover >= 0),
    business_year           INTEGER,
    business_year_days      INTEGER        CHECK (business_year_days IN (365, 366)),
    turnover_recorded_by    VARCHAR(200),
    turnover_recorded_at    TIMESTAMPTZ,
    factors_recorded_by     VARCHAR(200),
    factors_recorded_at     TIMESTAMPTZ,
    decision_kind           VARCHAR(24)    CHECK (decision_kind IN ('INFRINGEMENT', 'INCORRECT_INFORMATION', 'PERIODIC')),
    decision_amount         NUMERIC(17, 2),
    decision_days           INTEGER,
    decision_cap            NUMERIC(17, 2),
    decision_total          NUMERIC(21, 2),
    decision_maximum_total  NUMERIC(21, 2),
    decision_article        VARCHAR(200),
    decision_reasoning      VARCHAR(4000),
    decided_by              VARCHAR(200),
    decided_at              TIMESTAMPTZ,
    state_changed_at        TIMESTAMPTZ    NOT NULL,
    CONSTRAINT penalty_cases_decided CHECK ((state IN ('DECIDED', 'CLOSED')) = (decision_kind IS NOT NULL
        AND decision_amount IS NOT NULL AND decision_cap IS NOT NULL AND decision_reasoning IS NOT NULL
        AND decided_at IS NOT NULL)),
    CONSTRAINT penalty_cases_within_cap CHECK (decision_amount IS NULL OR decision_amount <= decision_cap),
    CONSTRAINT penalty_cases_turnover CHECK ((annual_turnover IS NULL) = (business_year IS NULL)
        AND (annual_turnover IS NULL) = (business_year_days IS NULL))
);
CREATE INDEX penalty_cases_member_state_idx ON penalty_cases (member_state, opened_at DESC);
CREATE INDEX penalty_cases_provider_idx ON penalty_cases (provider_id);

-- The number users see: one counter per Member State and year (NL-PEN-2026-0001, -0002...).
CREATE TABLE penalty_case_counters (
    member_state  CHAR(2)  NOT NULL,
    year          INTEGER  NOT NULL,
    last_number   BIGINT   NOT NULL,
    PRIMARY KEY (member_state, year)
);

-- The orders and reports a case concerns (checked on opening to exist and to concern the provider; in
-- other contexts' tables, so no foreign key), their references copied for reading.
CREATE TABLE penalty_case_links (
    case_id    UUID          NOT NULL REFERENCES penalty_cases (id),
    position   INTEGER       NOT NULL,
    link_kind  VARCHAR(20)   NOT NULL CHECK (link_kind IN ('REMOVAL_ORDER', 'DETECTION_ORDER', 'BLOCKING_ORDER',
                                                           'DELISTING_ORDER', 'REPORT')),
    object_id  UUID          NOT NULL,
    reference  VARCHAR(200)  NOT NULL,
    PRIMARY KEY (case_id, position)
);
CREATE INDEX penalty_case_links_object_idx ON penalty_case_links (object_id);

-- The factor checklist of Art 35(6), in the order of the profile's penalty.factors.
CREATE TABLE penalty_case_factors (
    case_id     UUID           NOT NULL REFERENCES penalty_cases (id),
    position    INTEGER        NOT NULL,
    factor      VARCHAR(64)    NOT NULL,
    assessment  VARCHAR(16)    NOT NULL CHECK (assessment IN ('AGGRAVATING', 'MITIGATING', 'NEUTRAL', 'NOT_APPLICABLE')),
    note        VARCHAR(1000),
    PRIMARY KEY (case_id, position)
);

-- How the decided amount was reached: the calculator's steps, in order.
CREATE TABLE penalty_case_steps (
    case_id   UUID           NOT NULL REFERENCES penalty_cases (id),
    position  INTEGER        NOT NULL,
    step      VARCHAR(1000)  NOT NULL,
    PRIMARY KEY (case_id, position)
);

CREATE TABLE penalty_case_status_changes (
    id           UUID          PRIMARY KEY,
    case_id      UUID          NOT NULL REFERENCES penalty_cases (id),
    from_state   VARCHAR(16),
    event        VARCHAR(32)   NOT NULL,
    to_state     VARCHAR(16)   NOT NULL,
    occurred_at  TIMESTAMPTZ   NOT NULL,
    actor        VARCHAR(200)  NOT NULL,
    reason       VARCHAR(500),
    legal_basis  VARCHAR(100)
);
CREATE INDEX penalty_case_status_changes_case_idx ON penalty_case_status_changes (case_id, occurred_at);

-- The technology register (Art 50 of COM(2022) 209): the detection technologies the EU Centre makes
-- available to providers free of charge, each with its version, type, supplier, description and
-- documented error rates (false positive / false negative rates in percent and how they were measured),
-- and its approval path: the Technology Committee's opinion, then the EDPB's, each due within the
-- legal profile's period (technology.opinion-period, 8 weeks) from the request, extendable once by
-- technology.opinion-extension (6 weeks). The awaited opinion's due time is also a row of deadlines
-- (opinion_deadline_id), fired by the deadline sweep. Detection orders name a technology by its
-- reference (detection_orders.technology_reference, V20); a new order must name an APPROVED entry.
-- internal_notes are the Centre's own and never shown to providers.
CREATE TABLE technologies (
    id                      UUID           PRIMARY KEY,
    version                 BIGINT         NOT NULL,
    reference               VARCHAR(40)    NOT NULL UNIQUE CHECK (reference ~ '^[A-Z0-9][A-Z0-9._-]{1,39}$'),
    name                    VARCHAR(200)   NOT NULL,
    technology_version      VARCHAR(50)    NOT NULL,
    type                    VARCHAR(16)    NOT NULL CHECK (type IN ('KNOWN', 'NEW', 'GROOMING')),
    supplier                VARCHAR(200)   NOT NULL,
    description             VARCHAR(2000)  NOT NULL,
    false_positive_rate     NUMERIC(7, 4)  NOT NULL CHECK (false_positive_rate BETWEEN 0 AND 100),
    false_negative_rate     NUMERIC(7, 4)  NOT NULL CHECK (false_negative_rate BETWEEN 0 AND 100),
    error_rate_method       VARCHAR(2000)  NOT NULL,
    internal_notes          VARCHAR(2000),
    profile_id              VARCHAR(100)   NOT NULL,
    profile_version         INTEGER        NOT NULL CHECK (profile_version >= 1),
    state                   VARCHAR(24)    NOT NULL CHECK (state IN ('DRAFT', 'SUBMITTED_TO_COMMITTEE', 'COMMITTEE_OPINION',
                                               'EDPB_CONSULTED', 'EDPB_OPINION', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
    created_by              VARCHAR(200)   NOT NULL,
    created_at              TIMESTAMPTZ    NOT NULL,
    state_changed_at        TIMESTAMPTZ    NOT NULL,
    opinion_requested_at    TIMESTAMPTZ,
    opinion_due_at          TIMESTAMPTZ,
    opinion_extended        BOOLEAN        NOT NULL DEFAULT FALSE,
    opinion_overdue         BOOLEAN        NOT NULL DEFAULT FALSE,
    opinion_deadline_id     UUID,
    committee_opinion_date  DATE,
    committee_favourable    BOOLEAN,
    committee_reference     VARCHAR(200),
    edpb_opinion_date       DATE,
    edpb_favourable         BOOLEAN,
    edpb_reference          VARCHAR(200),
    approved_at             TIMESTAMPTZ,
    CONSTRAINT technologies_awaiting CHECK ((state IN ('SUBMITTED_TO_COMMITTEE', 'EDPB_CONSULTED')) = (opinion_due_at IS NOT NULL)),
    CONSTRAINT technologies_approved CHECK (state NOT IN ('APPROVED') OR (committee_favourable AND edpb_favourable
        AND approved_at IS NOT NULL))
);
CREATE INDEX technologies_state_idx ON technologies (state, reference);

CREATE TABLE technology_status_changes (
    id             UUID          PRIMARY KEY,
    technology_id  UUID          NOT NULL REFERENCES technologies (id),
    from_state     VARCHAR(24),
    event          VARCHAR(32)   NOT NULL,
    to_state       VARCHAR(24)   NOT NULL,
    occurred_at    TIMESTAMPTZ   NOT NULL,
    actor          VARCHAR(200)  NOT NULL,
    reason         VARCHAR(500),
    legal_basis    VARCHAR(100)
);
CREATE INDEX technology_status_changes_technology_idx ON technology_status_changes (technology_id, occurred_at);
